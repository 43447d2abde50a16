import CLibXML2

/// Parses HTML with libxml2 and copies the result into an `HTMLTree`.
///
/// This is the only file that touches libxml2. The document is freed before `convert` returns.
/// The walk follows libxml2's own child, sibling and parent links, so deep nesting (10,000 divs)
/// needs no recursion.
enum LibXMLConverter {
    /// Elements whose attributes metadata extraction reads.
    private static func keepsAttributes(_ tag: HTMLTag) -> Bool {
        switch tag {
        case .html, .meta, .time, .script, .h1, .link: return true
        default: return false
        }
    }

    /// True when libxml2 (with iconv) can convert from the charset `name`.
    static func supportsEncoding(_ name: String) -> Bool {
        guard let handler = xmlFindCharEncodingHandler(name) else { return false }
        xmlCharEncCloseFunc(handler)
        return true
    }

    /// Parses UTF-8 (or `encoding`, an IANA charset name libxml2 understands) HTML bytes.
    /// Returns nil only if libxml2 gives no document at all.
    static func convert(_ bytes: [UInt8], encoding: String) -> HTMLTree? {
        xmlInitParser()
        let options = Int32(HTML_PARSE_RECOVER.rawValue | HTML_PARSE_NOERROR.rawValue | HTML_PARSE_NOWARNING.rawValue
            | HTML_PARSE_NONET.rawValue | HTML_PARSE_COMPACT.rawValue | HTML_PARSE_NODEFDTD.rawValue | XML_PARSE_HUGE.rawValue)
        guard bytes.count < Int(Int32.max) else { return nil }
        let document: htmlDocPtr? = bytes.withUnsafeBufferPointer { buffer in
            buffer.baseAddress.flatMap { base in
                base.withMemoryRebound(to: CChar.self, capacity: buffer.count) { chars in
                    htmlReadMemory(chars, Int32(buffer.count), nil, encoding, options)
                }
            }
        }
        guard let document else { return nil }
        defer { xmlFreeDoc(document) }
        var tree = HTMLTree()
        tree.tag.reserveCapacity(bytes.count / 40)
        tree.textBytes.reserveCapacity(bytes.count / 2)
        walk(document.pointee.children, into: &tree)
        return tree
    }

    private static func walk(_ first: xmlNodePtr?, into tree: inout HTMLTree) {
        var open: [Int32] = []  // indices of the elements whose subtree is being copied
        var node = first
        while let current = node {
            var descend = false
            switch current.pointee.type {
            case XML_ELEMENT_NODE:
                appendElement(current, parent: open.last ?? -1, into: &tree)
                if current.pointee.children != nil {
                    open.append(Int32(tree.count - 1))
                    descend = true
                } else {
                    tree.end[tree.count - 1] = Int32(tree.count)
                }
            case XML_TEXT_NODE, XML_CDATA_SECTION_NODE:
                appendText(current, parent: open.last ?? -1, into: &tree)
            default:
                break
            }
            if descend {
                node = current.pointee.children
                continue
            }
            // Move to the next sibling, closing finished elements on the way up.
            var cursor: xmlNodePtr? = current
            node = nil
            while let step = cursor {
                if let next = step.pointee.next {
                    node = next
                    break
                }
                cursor = step.pointee.parent
                guard let parentNode = cursor, parentNode.pointee.type == XML_ELEMENT_NODE,
                      let closed = open.popLast() else { break }
                tree.end[Int(closed)] = Int32(tree.count)
            }
        }
        while let closed = open.popLast() { tree.end[Int(closed)] = Int32(tree.count) }
    }

    private static func appendElement(_ element: xmlNodePtr, parent: Int32, into tree: inout HTMLTree) {
        let name = element.pointee.name.map { String(cString: $0) } ?? ""
        let tag = HTMLTag(name: name)
        let index = Int32(tree.count)
        tree.tag.append(tag)
        tree.parent.append(parent)
        tree.end.append(index + 1)
        tree.textStart.append(0)
        tree.textLength.append(0)
        var hints: NodeHints = []
        var kept: [String: String] = [:]
        let keep = keepsAttributes(tag)
        var attribute = element.pointee.properties
        while let current = attribute {
            defer { attribute = current.pointee.next }
            guard let namePointer = current.pointee.name else { continue }
            let valuePointer = current.pointee.children?.pointee.content
            hints.formUnion(attributeHints(namePointer, valuePointer))
            if keep, let valuePointer {
                kept[String(cString: namePointer).lowercased()] = String(cString: valuePointer)
            }
        }
        tree.hints.append(hints)
        if keep { tree.attributes[index] = kept }
    }

    private static func attributeHints(_ name: UnsafePointer<xmlChar>, _ value: UnsafePointer<xmlChar>?) -> NodeHints {
        let length = Int(xmlStrlen(name))
        let nameBytes = UnsafeBufferPointer(start: name, count: length)
        guard let value else {
            return equals(nameBytes, "hidden") ? .hidden : []
        }
        let valueBytes = UnsafeBufferPointer(start: value, count: Int(xmlStrlen(value)))
        if equals(nameBytes, "class") || equals(nameBytes, "id") {
            return HintMatcher.shared.hints(in: valueBytes)
        }
        if equals(nameBytes, "itemprop") {
            return equals(valueBytes, "articlebody") ? [.articleBody, .positive] : []
        }
        if equals(nameBytes, "role") {
            for word in ["navigation", "banner", "contentinfo", "complementary", "dialog", "alert", "menu", "alertdialog"]
            where equals(valueBytes, word) {
                return .boilerplateRole
            }
            return []
        }
        if equals(nameBytes, "hidden") { return .hidden }
        if equals(nameBytes, "aria-hidden") { return equals(valueBytes, "true") ? .hidden : [] }
        if equals(nameBytes, "style") { return hidesByStyle(valueBytes) ? .hidden : [] }
        return []
    }

    /// Case-insensitive comparison of C bytes with an ASCII word.
    private static func equals(_ bytes: UnsafeBufferPointer<UInt8>, _ word: String) -> Bool {
        guard bytes.count == word.utf8.count else { return false }
        for (byte, expected) in zip(bytes, word.utf8) {
            let lowered = (byte >= 65 && byte <= 90) ? byte | 0x20 : byte
            if lowered != expected { return false }
        }
        return true
    }

    private static func hidesByStyle(_ bytes: UnsafeBufferPointer<UInt8>) -> Bool {
        var compact: [UInt8] = []
        compact.reserveCapacity(bytes.count)
        for byte in bytes where byte != 32 && byte != 9 && byte != 10 && byte != 13 {
            compact.append((byte >= 65 && byte <= 90) ? byte | 0x20 : byte)
        }
        return contains(compact, "display:none") || contains(compact, "visibility:hidden")
    }

    private static func contains(_ haystack: [UInt8], _ needle: String) -> Bool {
        let pattern = Array(needle.utf8)
        guard haystack.count >= pattern.count else { return false }
        for start in 0 ... haystack.count - pattern.count where haystack[start] == pattern[0] {
            if haystack[start ..< start + pattern.count].elementsEqual(pattern) { return true }
        }
        return false
    }

    private static func appendText(_ textNode: xmlNodePtr, parent: Int32, into tree: inout HTMLTree) {
        guard let content = textNode.pointee.content else { return }
        let length = Int(xmlStrlen(content))
        guard length > 0 else { return }
        let index = Int32(tree.count)
        tree.tag.append(.text)
        tree.parent.append(parent)
        tree.end.append(index + 1)
        tree.hints.append([])
        tree.textStart.append(Int32(tree.textBytes.count))
        tree.textLength.append(Int32(length))
        tree.textBytes.append(contentsOf: UnsafeBufferPointer(start: content, count: length))
    }
}
