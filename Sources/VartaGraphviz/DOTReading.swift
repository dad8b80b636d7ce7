import CGraphviz

/// Reads DOT text into a cgraph graph whose object ids follow the order names first appear
/// in the text; call only inside `GraphvizGate`.
///
/// `agmemread` uses cgraph's default id discipline, which makes a named object's id the
/// address of its interned name, and cgraph keeps subgraphs ordered by id. Clusters were
/// therefore laid out and written in the order of heap addresses: the same input gave
/// SVGs with their clusters in different orders from run to run once the allocator was
/// jemalloc, whose thread caches hand out addresses in no fixed order. Here ids count up
/// as names are met, so the order is the DOT text's own, whatever the allocator.
enum DOTReading {
    static func graph(from dot: String) -> UnsafeMutablePointer<Agraph_t>? {
        dot.withCString { text in
            var reader = TextReader(text: text, length: strlen(text), offset: 0)
            return withUnsafeMutablePointer(to: &reader) { agread(UnsafeMutableRawPointer($0), discipline) }
        }
    }

    /// cgraph keeps a pointer to the discipline for as long as a graph lives: made once, never
    /// freed. Only read inside the gate.
    nonisolated(unsafe) private static let discipline: UnsafeMutablePointer<Agdisc_t> = {
        let ids = UnsafeMutablePointer<Agiddisc_t>.allocate(capacity: 1)
        ids.initialize(to: Agiddisc_t(
            open: { graph, _ in UnsafeMutableRawPointer(Unmanaged.passRetained(NameIDs(graph: graph)).toOpaque()) },
            map: { state, _, name, id, create in
                guard let state, let id else { return 0 }
                id.pointee = NameIDs.from(state).id(of: name, create: create != 0)
                return 1
            },
            alloc: { _, _, _ in 0 },  // ids chosen by the caller are not supported, as by default
            free: { state, _, id in if let state { NameIDs.from(state).release(id) } },
            print: { state, _, id in state.flatMap { NameIDs.from($0).name(of: id) } },
            close: { state in if let state { Unmanaged<NameIDs>.fromOpaque(state).release() } },
            idregister: { _, _, _ in }))
        let defaultIO = varta_default_io_discipline()!.pointee
        let io = UnsafeMutablePointer<Agiodisc_t>.allocate(capacity: 1)
        io.initialize(to: Agiodisc_t(afread: { channel, buffer, size in
            guard let channel, let buffer else { return 0 }
            return channel.assumingMemoryBound(to: TextReader.self).pointee.readLine(into: buffer, size: Int(size))
        }, putstr: defaultIO.putstr, flush: defaultIO.flush))
        let discipline = UnsafeMutablePointer<Agdisc_t>.allocate(capacity: 1)
        discipline.initialize(to: Agdisc_t(mem: varta_default_memory_discipline(), id: ids, io: io))
        return discipline
    }()
}

/// The ids of one graph's names: even numbers in the order names are first met (as the
/// default discipline keeps even ids for names), odd ones for unnamed objects.
///
/// Names are kept, as by the default discipline, as the graph's reference-counted strings
/// (`agstrdup`, one count per object made, returned by `release`): Graphviz reads flags
/// stored beside them (`aghtmlstr`: was the name written `<...>`?).
private final class NameIDs {
    private let graph: UnsafeMutablePointer<Agraph_t>?
    private var idOfName: [[UInt8]: IDTYPE] = [:]  // by bytes, as cgraph compares names
    private var names: [IDTYPE: (text: UnsafeMutablePointer<CChar>, objects: Int)] = [:]
    private var nextNamed: IDTYPE = 2
    private var nextUnnamed: IDTYPE = 1

    init(graph: UnsafeMutablePointer<Agraph_t>?) {
        self.graph = graph
    }

    static func from(_ state: UnsafeMutableRawPointer) -> NameIDs {
        Unmanaged<NameIDs>.fromOpaque(state).takeUnretainedValue()
    }

    /// The id of `name`, counted once more when `create` is set (an object is being made);
    /// 0, which no object has, for a name not in use when it is not. Every call without a
    /// name makes a new unnamed id.
    func id(of name: UnsafeMutablePointer<CChar>?, create: Bool) -> IDTYPE {
        guard let name else {
            defer { nextUnnamed += 2 }
            return nextUnnamed
        }
        let key = Array(UnsafeRawBufferPointer(start: name, count: strlen(name)))
        let known = idOfName[key]
        guard create else { return known ?? 0 }
        guard let text = agstrdup(graph, name) else { return 0 }
        let id = known ?? nextNamed
        if known == nil {
            nextNamed += 2
            idOfName[key] = id
        }
        names[id] = (text, (names[id]?.objects ?? 0) + 1)
        return id
    }

    /// The name of `id`, or nil for an unnamed object (Graphviz then calls it `%id`).
    func name(of id: IDTYPE) -> UnsafeMutablePointer<CChar>? {
        names[id]?.text
    }

    /// An object with this id is gone: its name loses a count, and is forgotten with the last.
    func release(_ id: IDTYPE) {
        guard let (text, objects) = names[id] else { return }
        if objects > 1 {
            names[id] = (text, objects - 1)
        } else {
            names[id] = nil
            idOfName[Array(UnsafeRawBufferPointer(start: text, count: strlen(text)))] = nil
        }
        _ = agstrfree(graph, text)  // last: with the last count, this frees `text`
    }
}

/// DOT text handed to cgraph's lexer a line at a time, as `agmemread` does.
private struct TextReader {
    let text: UnsafePointer<CChar>
    let length: Int
    var offset: Int

    /// Copies the next line (with its newline) into `buffer`, at most `size` bytes; 0 at the end.
    mutating func readLine(into buffer: UnsafeMutablePointer<CChar>, size: Int) -> Int32 {
        guard size > 0, offset < length else { return 0 }
        var count = 0
        repeat {
            buffer[count] = text[offset + count]
            count += 1
        } while buffer[count - 1] != 0 && buffer[count - 1] != 0x0A && count < size
        offset += count
        return Int32(count)
    }
}
