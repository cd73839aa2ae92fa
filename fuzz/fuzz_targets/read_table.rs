#![no_main]
//! Any bytes as an uploaded list: CSV (every delimiter and encoding), XLSX, ODS.
libfuzzer_sys::fuzz_target!(|data: &[u8]| tandem_fuzz::read_table_target(data));
