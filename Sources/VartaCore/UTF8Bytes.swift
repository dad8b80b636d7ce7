extension String {
    /// Calls `body` with the string's UTF-8 bytes where they are stored (every native
    /// string's are), falling back to a contiguous copy otherwise. Unlike `withUTF8`, which
    /// is mutating, it needs no copy of the string, and so no reference count, in the hashes
    /// and comparisons that run at every token and the writers that run at every edge.
    @inlinable
    package func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) -> Result) -> Result {
        if let result = utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return copy.withUTF8(body)
    }
}
