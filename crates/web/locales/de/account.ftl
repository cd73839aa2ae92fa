# Das eigene Konto: Passwort ändern, Anmeldeschutz.
account-title = Mein Konto
account-password-title = Passwort ändern
account-current = Aktuelles Passwort
account-new = Neues Passwort
account-new-hint = Mindestens 12 Zeichen; ein Satz aus mehreren Wörtern ist gut zu merken und schwer zu erraten.
account-repeat = Neues Passwort wiederholen
account-save = Passwort ändern
account-changed = Ihr Passwort wurde geändert. Alle anderen Anmeldungen dieses Kontos wurden beendet.
account-current-wrong = Das aktuelle Passwort stimmt nicht.
account-repeat-differs = Die beiden neuen Passwörter stimmen nicht überein.
login-too-many = Zu viele fehlgeschlagene Anmeldeversuche. Bitte versuchen Sie es in einer Stunde erneut.
