#![no_main]
//! Spreadsheets Tandem writes, then damaged, through the XLSX reader.
libfuzzer_sys::fuzz_target!(|input: tandem_fuzz::XlsxInput| tandem_fuzz::xlsx_target(input));
