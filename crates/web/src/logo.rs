//! Uploaded logos: decoded (PNG or JPEG only), scaled down to fit 320×320 and re-encoded as PNG, so
//! that whatever else the file carried (metadata, a polyglot payload) never reaches a visitor.

use image::{ImageFormat, ImageReader, imageops::FilterType};
use std::io::Cursor;

/// The largest side of a stored logo, in pixels.
pub const LOGO_SIDE: u32 = 320;

/// The re-encoded PNG, or `Err` when the bytes are not a PNG or JPEG image.
pub fn reencode(bytes: &[u8]) -> Result<Vec<u8>, ()> {
    let reader = ImageReader::new(Cursor::new(bytes))
        .with_guessed_format()
        .map_err(|_| ())?;
    if !matches!(reader.format(), Some(ImageFormat::Png | ImageFormat::Jpeg)) {
        return Err(());
    }
    let mut limits = image::Limits::default();
    limits.max_image_width = Some(8000);
    limits.max_image_height = Some(8000);
    limits.max_alloc = Some(128 * 1024 * 1024);
    let mut reader = reader;
    reader.limits(limits);
    let image = reader.decode().map_err(|_| ())?;
    let image = if image.width() > LOGO_SIDE || image.height() > LOGO_SIDE {
        image.resize(LOGO_SIDE, LOGO_SIDE, FilterType::Triangle)
    } else {
        image
    };
    let mut png = Vec::new();
    image
        .write_to(&mut Cursor::new(&mut png), ImageFormat::Png)
        .map_err(|_| ())?;
    Ok(png)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn images_are_reencoded_and_anything_else_refused() {
        let mut source = Vec::new();
        image::DynamicImage::new_rgb8(800, 400)
            .write_to(&mut Cursor::new(&mut source), ImageFormat::Png)
            .unwrap_or_default();
        let png = reencode(&source).unwrap_or_default();
        let stored = image::load_from_memory(&png).map(|i| (i.width(), i.height()));
        assert_eq!(stored.ok(), Some((320, 160)));
        assert_eq!(reencode(b"%PDF-1.7 not an image"), Err(()));
        assert_eq!(reencode(b"GIF89a......"), Err(()));
    }
}
