// The scanners fold and classify text in stack buffers (stackalloc) many times per line, and read back only what they
// wrote (a fold returns the length it wrote, a tokenizer its count): zeroing the buffers first was about 1% of a parse.
[module: System.Runtime.CompilerServices.SkipLocalsInit]
