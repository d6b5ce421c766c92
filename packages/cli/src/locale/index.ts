export {chooseLocale, localeFlag, parseLocale, type LocaleChoice} from './choose-locale.js'
export {currentLocale, messagesFor, setLocale, t} from './current.js'
export {locales, type Locale, type Messages} from './messages.js'
