# machine-made translation: to be reviewed by a native speaker
# Kendi hesabınız: şifre değiştirme, giriş koruması.
account-title = Hesabım
account-password-title = Şifreyi değiştir
account-current = Mevcut şifre
account-new = Yeni şifre
account-new-hint = En az 12 karakter; birkaç kelimelik bir cümle kolay hatırlanır ve zor tahmin edilir.
account-repeat = Yeni şifreyi tekrarlayın
account-save = Şifreyi değiştir
account-changed = Şifreniz değiştirildi. Bu hesabın diğer tüm oturumları sonlandırıldı.
account-current-wrong = Mevcut şifre doğru değil.
account-repeat-differs = İki yeni şifre aynı değil.
login-too-many = Çok fazla başarısız giriş denemesi. Lütfen bir saat sonra tekrar deneyin.
login-code-title = Onay kodu
login-code-setup-intro = Hesabınız için ikinci bir faktör zorunludur. Bir kez kurun: telefonunuzda bir doğrulama uygulaması açın (ör. FreeOTP, Aegis, Google Authenticator) ve bu anahtarla bir hesap ekleyin.
login-code-secret = Anahtar:
login-code-app-link = Bu telefonda doğrudan uygulamada aç
login-code-field = Uygulamadaki altı haneli kod
login-code-hint = Kod her 30 saniyede değişir.
login-code-submit = Onayla
login-code-wrong = Kod yanlış veya süresi dolmuş. Lütfen güncel kodu girin.
account-second-factor-title = İkinci faktör
account-second-factor-on = Giriş, doğrulama uygulamanızdan bir kodla korunuyor.
account-second-factor-off = Girişiniz yalnızca şifreyle korunuyor.
account-second-factor-setup = İkinci faktörü kur
