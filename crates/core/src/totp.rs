//! Time-based one-time passwords (RFC 6238: HMAC-SHA-1, six digits, 30-second steps) — what every
//! authenticator app speaks — as the second factor of staff log-ins.
//!
//! A code is accepted for the current step and one step either side (clocks drift), and never for
//! a step at or before the last one used, so an overheard code cannot be replayed.

use crate::DomainError;
use hmac::{Hmac, Mac};
use sha1::Sha1;

/// Seconds per step.
const STEP_SECONDS: i64 = 30;
/// RFC 4226 recommends 160-bit secrets.
pub const SECRET_BYTES: usize = 20;
const BASE32: &[u8; 32] = b"ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";

/// A shared secret between Tandem and one person's authenticator app.
#[derive(Clone, PartialEq, Eq)]
pub struct TotpSecret(Vec<u8>);

impl std::fmt::Debug for TotpSecret {
    fn fmt(&self, formatter: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        formatter.write_str("TotpSecret(…)")
    }
}

impl TotpSecret {
    /// A secret from random bytes (the caller brings the randomness).
    pub fn from_bytes(bytes: &[u8]) -> Self {
        Self(bytes.to_vec())
    }

    /// Reads the Base32 form (as stored and as typed into an app; spaces and case ignored).
    pub fn from_base32(text: &str) -> Result<Self, DomainError> {
        let mut bytes = Vec::with_capacity(text.len() * 5 / 8);
        let (mut buffer, mut bits) = (0_u32, 0_u32);
        for character in text.chars().filter(|c| !c.is_whitespace() && *c != '=') {
            let upper = character.to_ascii_uppercase();
            let value = BASE32
                .iter()
                .position(|&symbol| char::from(symbol) == upper)
                .ok_or(DomainError::invalid("secret", "format"))?;
            buffer = (buffer << 5) | u32::try_from(value).unwrap_or(0);
            bits += 5;
            if bits >= 8 {
                bits -= 8;
                bytes.push(u8::try_from((buffer >> bits) & 0xff).unwrap_or(0));
            }
        }
        if bytes.len() < 10 {
            return Err(DomainError::invalid("secret", "format"));
        }
        Ok(Self(bytes))
    }

    /// The Base32 form, unpadded.
    pub fn to_base32(&self) -> String {
        let mut text = String::with_capacity(self.0.len() * 8 / 5 + 1);
        let (mut buffer, mut bits) = (0_u32, 0_u32);
        for &byte in &self.0 {
            buffer = (buffer << 8) | u32::from(byte);
            bits += 8;
            while bits >= 5 {
                bits -= 5;
                text.push(char::from(BASE32[((buffer >> bits) & 31) as usize]));
            }
        }
        if bits > 0 {
            text.push(char::from(BASE32[((buffer << (5 - bits)) & 31) as usize]));
        }
        text
    }

    /// The link authenticator apps understand (`otpauth://totp/...`), for a phone that shows the
    /// page itself.
    pub fn provisioning_uri(&self, issuer: &str, account: &str) -> String {
        format!(
            "otpauth://totp/{}:{}?secret={}&issuer={}&algorithm=SHA1&digits=6&period=30",
            percent(issuer),
            percent(account),
            self.to_base32(),
            percent(issuer)
        )
    }

    /// The six-digit code of one step.
    pub fn code_at_step(&self, step: i64) -> u32 {
        let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(&self.0) else {
            return 0; // HMAC takes keys of any length; this branch cannot happen
        };
        mac.update(&step.to_be_bytes());
        let digest = mac.finalize().into_bytes();
        let offset = usize::from(digest[19] & 0x0f);
        let binary = (u32::from(digest[offset]) & 0x7f) << 24
            | u32::from(digest[offset + 1]) << 16
            | u32::from(digest[offset + 2]) << 8
            | u32::from(digest[offset + 3]);
        binary % 1_000_000
    }

    /// The step a typed code belongs to, if it is valid now and newer than `last_used_step`.
    pub fn verify(&self, code: &str, unix_time: i64, last_used_step: Option<i64>) -> Option<i64> {
        let digits: String = code.chars().filter(|c| !c.is_whitespace()).collect();
        if digits.len() != 6 || !digits.chars().all(|c| c.is_ascii_digit()) {
            return None;
        }
        let typed: u32 = digits.parse().ok()?;
        let now = unix_time.div_euclid(STEP_SECONDS);
        [now - 1, now, now + 1].into_iter().find(|&step| {
            last_used_step.is_none_or(|last| step > last) && self.code_at_step(step) == typed
        })
    }
}

fn percent(text: &str) -> String {
    text.bytes()
        .map(|byte| match byte {
            b'A'..=b'Z' | b'a'..=b'z' | b'0'..=b'9' | b'-' | b'.' | b'_' | b'~' | b'@' => {
                char::from(byte).to_string()
            }
            _ => format!("%{byte:02X}"),
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rfc_secret() -> TotpSecret {
        TotpSecret::from_bytes(b"12345678901234567890")
    }

    #[test]
    fn matches_the_rfc_6238_test_vectors() {
        // RFC 6238 appendix B (SHA-1), last six of the eight digits.
        for (time, code) in [
            (59, 287_082),
            (1_111_111_109, 81_804),
            (1_234_567_890, 5_924),
            (2_000_000_000, 279_037),
        ] {
            assert_eq!(rfc_secret().code_at_step(time / 30), code, "T = {time}");
        }
    }

    #[test]
    fn base32_round_trips_and_reads_what_people_type() {
        let secret = rfc_secret();
        assert_eq!(secret.to_base32(), "GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ");
        let typed = TotpSecret::from_base32("gezd gnbv gy3t qojq gezd gnbv gy3t qojq").unwrap();
        assert_eq!(typed, secret);
        assert!(TotpSecret::from_base32("not base32!").is_err());
        assert!(
            TotpSecret::from_base32("GEZDG").is_err(),
            "too short to be a secret"
        );
    }

    #[test]
    fn accepts_a_step_of_drift_and_never_the_same_step_twice() {
        let secret = rfc_secret();
        let code = format!("{:06}", secret.code_at_step(1_234_567_890 / 30));
        assert_eq!(code, "005924");
        let step = 1_234_567_890 / 30;
        assert_eq!(secret.verify(&code, 1_234_567_890, None), Some(step));
        assert_eq!(
            secret.verify("005 924", 1_234_567_890 + 30, None),
            Some(step),
            "30 s late"
        );
        assert_eq!(
            secret.verify(&code, 1_234_567_890 + 90, None),
            None,
            "too late"
        );
        assert_eq!(
            secret.verify(&code, 1_234_567_890, Some(step)),
            None,
            "replayed"
        );
        assert_eq!(secret.verify("12345", 1_234_567_890, None), None);
        assert!(secret.provisioning_uri("Tandem", "ada@example.org").starts_with(
            "otpauth://totp/Tandem:ada@example.org?secret=GEZDGNBVGY3TQOJQGEZDGNBVGY3TQOJQ&issuer=Tandem"
        ));
    }
}
