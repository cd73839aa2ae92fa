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
