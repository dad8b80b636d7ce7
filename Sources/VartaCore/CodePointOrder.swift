/// Whether `lhs` comes before `rhs` in Unicode code point order, which is the order of
/// their UTF-8 bytes: the order of ids in every output, and of mention texts.
///
/// For text in NFC this is `String`'s own order. `String` compares after normalizing, but
/// its `<` is not a consistent order when composed and decomposed forms mix (`"e\u{301}"`
/// is neither before, after nor equal to `"é1"`), and Hindi text mixes them (`क़` is often
/// typed as one code point, which NFC decomposes). A sort needs a consistent order; bytes
/// are one, and comparing them does not normalize.
func codePointPrecedes(_ lhs: String, _ rhs: String) -> Bool {
    codePointComparison(lhs, rhs) < 0
}

/// Negative, zero or positive as `lhs` comes before, is the same bytes as, or comes after
/// `rhs` in code point order.
func codePointComparison(_ lhs: String, _ rhs: String) -> Int {
    var (lhs, rhs) = (lhs, rhs)
    return lhs.withUTF8 { left in
        rhs.withUTF8 { right in
            for index in 0..<min(left.count, right.count) where left[index] != right[index] {
                return Int(left[index]) - Int(right[index])
            }
            return left.count - right.count
        }
    }
}
