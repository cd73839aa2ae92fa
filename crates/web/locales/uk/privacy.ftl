# machine-made translation: to be reviewed by a native speaker
# Захист даних: експорт, видалення, журнал аудиту (Data protection: export, erasure, audit trail).
nav-audit = Журнал аудиту
privacy-title = Захист даних
privacy-export = Експортувати всі дані цієї особи (JSON)
privacy-erase-hint = Видалення остаточно прибирає з Tandem усі персональні дані цієї особи; залишаються лише знеособлені підрахунки. Спершу завершіть відкриті тандеми.
privacy-erase-confirm = Так, видалити дані цієї особи зараз
privacy-erase = Видалити персональні дані
error-field-open-tandem = Ця особа перебуває у відкритому тандемі. Спершу завершіть його.
audit-title = Журнал аудиту
audit-hint = Хто переглядав, змінював, експортував або видаляв чиї дані; найновіші записи вгорі.
audit-empty = Ще нічого не записано.
audit-when = Коли
audit-who = Хто
audit-what = Що
audit-person = Особа
audit-action-viewed = переглянуто
audit-action-changed = змінено
audit-action-exported = експортовано
audit-action-erased = видалено
