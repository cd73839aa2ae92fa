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
