#![no_main]
//! The column mapper and the row checks over any table and any mapping form input.
libfuzzer_sys::fuzz_target!(|input: tandem_fuzz::MapperInput| tandem_fuzz::mapper_target(input));
