# machine-made translation: to be reviewed by a native speaker
# Власний обліковий запис: зміна пароля, захист входу.
account-title = Мій обліковий запис
account-password-title = Змінити пароль
account-current = Поточний пароль
account-new = Новий пароль
account-new-hint = Щонайменше 12 символів; речення з кількох слів легко запам'ятати і важко вгадати.
account-repeat = Повторіть новий пароль
account-save = Змінити пароль
account-changed = Ваш пароль змінено. Усі інші сеанси цього облікового запису завершено.
account-current-wrong = Поточний пароль неправильний.
account-repeat-differs = Два нові паролі не збігаються.
login-too-many = Забагато невдалих спроб входу. Спробуйте ще раз через годину.
login-code-title = Код підтвердження
login-code-setup-intro = Для вашого облікового запису потрібен другий фактор. Налаштуйте його один раз: відкрийте застосунок-автентифікатор на телефоні (напр. FreeOTP, Aegis, Google Authenticator) і додайте обліковий запис із цим ключем.
login-code-secret = Ключ:
login-code-app-link = Відкрити одразу в застосунку на цьому телефоні
login-code-field = Шестизначний код із застосунку
login-code-hint = Код змінюється кожні 30 секунд.
login-code-submit = Підтвердити
login-code-wrong = Код неправильний або застарів. Введіть поточний код.
account-second-factor-title = Другий фактор
account-second-factor-on = Вхід захищено кодом із застосунку-автентифікатора.
account-second-factor-off = Ваш вхід захищено лише паролем.
account-second-factor-setup = Налаштувати другий фактор
