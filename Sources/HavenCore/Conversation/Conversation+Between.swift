import Foundation

extension Conversation {
    /// Narrows a group chat to the messages and events of two people.
    ///
    /// Names match exactly first, then ignoring case, then as the unique participant whose name
    /// starts with the given text.
    ///
    /// - Parameters:
    ///   - first: One person's name.
    ///   - second: The other person's name.
    /// - Returns: A conversation holding only their messages and the events attributed to them.
    /// - Throws: ``ImportError/unknownParticipant(name:participants:)`` when a name matches nobody.
    public func between(_ first: String, _ second: String) throws -> Conversation {
        let names: Set<String> = [try participant(named: first), try participant(named: second)]
        return Conversation(
            format: format, messages: messages.filter { names.contains($0.sender) },
            events: events.filter { $0.sender.map(names.contains) ?? false },
            unparsedLines: unparsedLines, unparsedLineCount: unparsedLineCount, warnings: warnings)
    }

    /// The participant a name refers to.
    ///
    /// - Parameter name: A full name, the name in another case, or a unique prefix.
    /// - Returns: The participant's name as the export spells it.
    /// - Throws: ``ImportError/unknownParticipant(name:participants:)`` when it matches nobody or several people.
    public func participant(named name: String) throws -> String {
        if participants.contains(name) { return name }
        let lowered = name.lowercased()
        if let match = participants.first(where: { $0.lowercased() == lowered }) { return match }
        let prefixed = participants.filter { $0.lowercased().hasPrefix(lowered) }
        guard prefixed.count == 1 else { throw ImportError.unknownParticipant(name: name, participants: participants) }
        return prefixed[0]
    }
}
