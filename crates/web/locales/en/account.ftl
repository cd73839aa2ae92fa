# Your own account: changing the password, log-in protection.
account-title = My account
account-password-title = Change password
account-current = Current password
account-new = New password
account-new-hint = At least 12 characters; a sentence of several words is easy to remember and hard to guess.
account-repeat = Repeat the new password
account-save = Change password
account-changed = Your password has been changed. All other sessions of this account have been ended.
account-current-wrong = The current password is not correct.
account-repeat-differs = The two new passwords do not match.
login-too-many = Too many failed log-in attempts. Please try again in an hour.
