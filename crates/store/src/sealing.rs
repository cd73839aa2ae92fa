//! Application-level encryption of secrets at rest ("sealing"), so a copy of the database — a
//! backup, a dump, a stolen disk — opens no account's second factor without the data key.
//!
//! What is sealed: the TOTP secret of an account (`users.totp_secret`) and the secret offered
//! while an admin enrols (`login_challenges.pending_secret`). Tandem keeps no special-category
//! field (health, religion, …) today; one added later goes through [`DataKey::seal`] too.
//!
//! The cipher is XChaCha20-Poly1305 (an AEAD) with a random 24-byte nonce per value. The stored
//! text is `sealed1:` + Base64(nonce ‖ ciphertext ‖ tag). The associated data names the column and
//! the row, so a sealed value copied into another account's row does not open.
//!
//! The key (32 bytes) comes from `TANDEM_DATA_KEY` (Base64 or hex) or from a key file that the
//! first start creates with mode 0600 (see the CLI). Losing it means staff enrol their second
//! factor again; a wrong key gives [`StoreError::DataKey`], never a panic.

use crate::{StoreError, StoreResult};
use base64::{Engine, engine::general_purpose::STANDARD};
use chacha20poly1305::{
    XChaCha20Poly1305, XNonce,
    aead::{Aead, AeadCore, KeyInit, OsRng, Payload},
};
use std::path::Path;

/// The prefix of every sealed value. Base32 TOTP secrets never contain `:`, so a stored value
/// without it is plaintext written before sealing existed.
const PREFIX: &str = "sealed1:";
const NONCE_LEN: usize = 24;

/// The 32-byte key that seals secrets at rest. Its bytes are never printed.
#[derive(Clone)]
pub struct DataKey {
    cipher: XChaCha20Poly1305,
}

impl std::fmt::Debug for DataKey {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("DataKey(..)")
    }
}

/// Why a key could not be read.
#[derive(Debug, thiserror::Error)]
pub enum DataKeyError {
    #[error("the data key must be 32 bytes, written as Base64 or 64 hex digits")]
    Malformed,
    #[error("cannot read or create the data key file {path}: {source}")]
    File {
        path: String,
        source: std::io::Error,
    },
}

impl DataKey {
    fn from_bytes(bytes: &[u8]) -> Result<Self, DataKeyError> {
        if bytes.len() != 32 {
            return Err(DataKeyError::Malformed);
        }
        let cipher =
            XChaCha20Poly1305::new_from_slice(bytes).map_err(|_| DataKeyError::Malformed)?;
        Ok(Self { cipher })
    }

    /// A key written as 64 hex digits or as Base64 of 32 bytes (surrounding space ignored).
    pub fn parse(text: &str) -> Result<Self, DataKeyError> {
        let text = text.trim();
        if text.len() == 64 && text.bytes().all(|byte| byte.is_ascii_hexdigit()) {
            let bytes: Vec<u8> = (0..32)
                .map(|index| u8::from_str_radix(&text[index * 2..index * 2 + 2], 16))
                .collect::<Result<_, _>>()
                .map_err(|_| DataKeyError::Malformed)?;
            return Self::from_bytes(&bytes);
        }
        let bytes = STANDARD.decode(text).map_err(|_| DataKeyError::Malformed)?;
        Self::from_bytes(&bytes)
    }

    /// A fresh random key and its Base64 text (to be written to the key file).
    pub fn generate() -> (Self, String) {
        let key = XChaCha20Poly1305::generate_key(&mut OsRng);
        let text = STANDARD.encode(key.as_slice());
        (
            Self {
                cipher: XChaCha20Poly1305::new(&key),
            },
            text,
        )
    }

    /// Reads the key file, or creates it (mode 0600, never overwriting a file that appeared in
    /// the meantime) with a fresh key when it does not exist.
    pub fn load_or_create(path: &Path) -> Result<Self, DataKeyError> {
        let file_error = |source| DataKeyError::File {
            path: path.display().to_string(),
            source,
        };
        match std::fs::read_to_string(path) {
            Ok(text) => return Self::parse(&text),
            Err(error) if error.kind() != std::io::ErrorKind::NotFound => {
                return Err(file_error(error));
            }
            Err(_) => {}
        }
        let (key, text) = Self::generate();
        let mut options = std::fs::OpenOptions::new();
        options.write(true).create_new(true);
        #[cfg(unix)]
        std::os::unix::fs::OpenOptionsExt::mode(&mut options, 0o600);
        match options.open(path) {
            Ok(mut file) => {
                use std::io::Write;
                file.write_all(format!("{text}\n").as_bytes())
                    .and_then(|()| file.sync_all())
                    .map_err(file_error)?;
                Ok(key)
            }
            // Another process created it first: use theirs.
            Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => {
                Self::parse(&std::fs::read_to_string(path).map_err(file_error)?)
            }
            Err(error) => Err(file_error(error)),
        }
    }

    /// Seals `plaintext` for the place named by `context` (column and row id).
    pub fn seal(&self, plaintext: &str, context: &str) -> StoreResult<String> {
        let nonce = XChaCha20Poly1305::generate_nonce(&mut OsRng);
        let sealed = self
            .cipher
            .encrypt(
                &nonce,
                Payload {
                    msg: plaintext.as_bytes(),
                    aad: context.as_bytes(),
                },
            )
            .map_err(|_| StoreError::DataKey("sealing failed"))?;
        let mut bytes = nonce.to_vec();
        bytes.extend_from_slice(&sealed);
        Ok(format!("{PREFIX}{}", STANDARD.encode(bytes)))
    }

    /// Opens a value sealed for `context`. A wrong key, a damaged value or one moved from
    /// another row is an error that names no secret.
    pub fn open(&self, stored: &str, context: &str) -> StoreResult<String> {
        let wrong = StoreError::DataKey("a sealed value does not open: wrong data key?");
        let encoded = stored.strip_prefix(PREFIX).ok_or(StoreError::DataKey(
            "a secret is stored unsealed (start the server once to seal it)",
        ))?;
        let bytes = STANDARD
            .decode(encoded)
            .map_err(|_| StoreError::Corrupt("sealed value"))?;
        if bytes.len() < NONCE_LEN {
            return Err(StoreError::Corrupt("sealed value"));
        }
        let (nonce, sealed) = bytes.split_at(NONCE_LEN);
        let plaintext = self
            .cipher
            .decrypt(
                XNonce::from_slice(nonce),
                Payload {
                    msg: sealed,
                    aad: context.as_bytes(),
                },
            )
            .map_err(|_| wrong)?;
        String::from_utf8(plaintext).map_err(|_| StoreError::Corrupt("sealed value"))
    }
}

/// Whether a stored value is already sealed (rather than plaintext from before sealing).
pub(crate) fn is_sealed(stored: &str) -> bool {
    stored.starts_with(PREFIX)
}

/// The associated data of an account's TOTP secret.
pub(crate) fn totp_context(user_id: &str) -> String {
    format!("users.totp_secret:{user_id}")
}

/// The associated data of the secret offered during enrolment.
pub(crate) fn pending_context(token_hash: &str) -> String {
    format!("login_challenges.pending_secret:{token_hash}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sealed_values_open_only_with_their_key_and_place() {
        let (key, text) = DataKey::generate();
        let sealed = key.seal("JBSWY3DPEHPK3PXP", "users.totp_secret:a").unwrap();
        assert!(!sealed.contains("JBSWY3DPEHPK3PXP"));
        assert_eq!(
            key.open(&sealed, "users.totp_secret:a").unwrap(),
            "JBSWY3DPEHPK3PXP"
        );
        // Same key read back from its text.
        let again = DataKey::parse(&text).unwrap();
        assert_eq!(
            again.open(&sealed, "users.totp_secret:a").unwrap(),
            "JBSWY3DPEHPK3PXP"
        );
        assert!(matches!(
            key.open(&sealed, "users.totp_secret:b"),
            Err(StoreError::DataKey(_))
        ));
        let (other, _) = DataKey::generate();
        assert!(matches!(
            other.open(&sealed, "users.totp_secret:a"),
            Err(StoreError::DataKey(_))
        ));
        // Two seals of the same secret differ (random nonce).
        assert_ne!(
            sealed,
            key.seal("JBSWY3DPEHPK3PXP", "users.totp_secret:a").unwrap()
        );
    }

    #[test]
    fn keys_parse_from_hex_and_base64_only_at_32_bytes() {
        let hex = "00112233445566778899aabbccddeeff00112233445566778899aabbccddeeff";
        let from_hex = DataKey::parse(hex).unwrap();
        let base64 = STANDARD.encode((0..32u8).collect::<Vec<_>>());
        let from_base64 = DataKey::parse(&format!("{base64}\n")).unwrap();
        let sealed = from_hex.seal("X", "c").unwrap();
        assert!(from_base64.open(&sealed, "c").is_err());
        assert!(matches!(
            DataKey::parse("short"),
            Err(DataKeyError::Malformed)
        ));
        assert!(matches!(
            DataKey::parse(&STANDARD.encode([0u8; 16])),
            Err(DataKeyError::Malformed)
        ));
    }

    #[test]
    fn the_key_file_is_created_private_once_and_read_back() {
        let path = std::env::temp_dir().join(format!("tandem-key-{}", uuid::Uuid::new_v4()));
        let first = DataKey::load_or_create(&path).unwrap();
        let sealed = first.seal("secret", "c").unwrap();
        let second = DataKey::load_or_create(&path).unwrap();
        assert_eq!(second.open(&sealed, "c").unwrap(), "secret");
        #[cfg(unix)]
        {
            use std::os::unix::fs::PermissionsExt;
            let mode = std::fs::metadata(&path).unwrap().permissions().mode();
            assert_eq!(mode & 0o777, 0o600);
        }
        std::fs::remove_file(&path).unwrap();
    }
}
