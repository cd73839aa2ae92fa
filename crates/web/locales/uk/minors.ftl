# machine-made translation: to be reviewed by a native speaker
# Неповнолітні та довідки про несудимість: дата народження, опікун і згода, запис за §72a (Minors and certificates of conduct).
minors-section = Дитина або підліток
minors-birth-date = Дата народження
minors-age = { $count ->
    [one] { $count } рік
    [few] { $count } роки
   *[other] { $count } років
}
minors-guardian = Батько/мати або опікун
minors-guardian-name = Ім'я батька/матері або опікуна
minors-guardian-relation = Ким є для дитини
minors-guardian-phone = Телефон опікуна
minors-guardian-email = Е-пошта опікуна
minors-relation-parent = Батько або мати
minors-relation-legal_guardian = Опікун (Vormund)
minors-consent = Згода опікуна
minors-consent-given-by = Згоду надав(ла)
minors-consent-given-on = Дата згоди
minors-consent-channel = Як надано згоду
minors-channel-paper = Письмово
minors-channel-in_person = Особисто
minors-channel-online = Онлайн
minors-nomination = Рекомендація (школа або вчитель)
minors-nomination-hint = Необов'язково: школа або вчитель, які запропонували дитину.
minors-renewal-due = { $count ->
   *[other] Тепер { $count } років: згоду потрібно поновити.
}
minors-consent-missing = До 18 років без згоди опікуна: залишається зареєстрованим і не може бути підібраним.
minors-edit-guardian = Дата народження, опікун і згода
minors-guardian-title = Дата народження та опікун
minors-guardian-hint = Вкажіть дату народження. Для осіб до 18 років також батька/матір або опікуна, контакт і згоду.
minors-guardian-needed-hint = Потрібно для осіб до 18 років: ім'я, хто це для дитини, телефон або е-пошта.
minors-back-to-person = Назад до профілю
minors-certificate-title = Довідка про несудимість (§72a SGB VIII)
minors-certificate-hint = Записуйте лише те, що бачили: коли переглянули розширену довідку про несудимість, її дату і чи є в ній відповідний запис. Не зберігайте копію.
minors-inspected-on = Переглянуто
minors-certificate-dated = Дата довідки
minors-certificate-dated-hint = На момент перегляду їй має бути не більше трьох місяців.
minors-relevant-entry = Відповідний запис
minors-yes = Так
minors-no = Ні
minors-inspected-by = Переглянув(ла)
minors-renew-by = Поновити до
minors-renewal = Поновлення
minors-renewal-soon = Скоро: попросіть нову довідку.
minors-clearance-valid = Довідка про несудимість: дійсна
minors-clearance-not_valid = Довідка про несудимість: недійсна
minors-clearance-missing = Довідка про несудимість: відсутня
minors-record-certificate = Записати перегляд
minors-register-legend = Дитина або підліток до 18 років
minors-register-hint = Для осіб до 18 років цю частину заповнює батько/мати або опікун і дає згоду.
minors-register-consent = Я батько/мати або опікун і погоджуюся на реєстрацію та зберігання даних для програми.
minors-error-birth-date-needed = Вкажіть повну дату народження; до 18 років нам також потрібен батько/мати або опікун.
minors-error-consent = Батько/мати або опікун мають дати згоду.
minors-mail-renewal-subject = Згода на наставництво: будь ласка, поновіть її
minors-mail-renewal-body = Добрий день,

    { $name } тепер { $age } років. Будь ласка, поновіть свою згоду на наставництво в команди програми; вона з вами зв'яжеться, або просто дайте відповідь на цей лист.
minors-mail-renewal-body-adult = Привіт, { $name }!

    Тобі тепер { $age } років, і ти вирішуєш сам(а). Скажи команді програми, чи хочеш продовжувати; просто відповідай на цей лист.
rule-name-certificate_of_conduct = довідка про несудимість
error-field-guardian-consent-missing = До 18 років: немає згоди батька/матері або опікуна.
error-field-certificate-missing = Для цього наставника немає запису про довідку про несудимість; дитину не можна з ним поєднати.
error-field-certificate-not-valid = Довідка про несудимість цього наставника недійсна; дитину не можна з ним поєднати.
error-field-certificate-too-old = На момент перегляду довідці було більше трьох місяців.
error-field-certificate-after-inspection = Довідка не може бути датована пізніше перегляду.
error-field-future-date = Ця дата в майбутньому.
error-field-birth-date = Перевірте дату народження.
error-field-birth-year-mismatch = Дата народження не збігається з роком народження.
error-field-guardian-contact = Вкажіть телефон або е-пошту опікуна.
