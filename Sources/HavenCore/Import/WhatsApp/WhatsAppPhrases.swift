import Foundation

/// Fixed texts WhatsApp writes in place of, or around, what people said (English, German,
/// Spanish, French, Italian, Portuguese, Dutch). Compared in lower case, without a final period.
enum WhatsAppPhrases {
    /// Whole-message texts of deleted messages.
    static let deleted: Set<String> = [
        "this message was deleted", "you deleted this message",
        "diese nachricht wurde gelöscht", "du hast diese nachricht gelöscht",
        "se eliminó este mensaje", "eliminaste este mensaje",
        "ce message a été supprimé", "vous avez supprimé ce message",
        "questo messaggio è stato eliminato", "hai eliminato questo messaggio",
        "esta mensagem foi apagada", "apagou esta mensagem", "você apagou esta mensagem",
        "dit bericht is verwijderd", "je hebt dit bericht verwijderd", "u hebt dit bericht verwijderd",
        "tato zpráva byla smazána", "tuto zprávu jste smazal/a", "tato zpráva byla odstraněna", "tuto zprávu jste odstranil/a",
        "данное сообщение удалено", "вы удалили данное сообщение", "это сообщение удалено",
        "це повідомлення було видалено", "ви видалили це повідомлення",
        "pesan ini dihapus", "anda menghapus pesan ini", "tin nhắn này đã bị xóa", "bạn đã xoá tin nhắn này",
        "このメッセージは削除されました。", "このメッセージを削除しました。", "ข้อความนี้ถูกลบแล้ว", "คุณได้ลบข้อความนี้",
        "यह मैसेज डिलीट कर दिया गया है", "आपने यह मैसेज डिलीट किया", "تم حذف هذه الرسالة", "أنت حذفت هذه الرسالة",
        "لقد حذَفت هذه الرسالة",
    ]

    /// Whole-message texts of calls.
    static let calls: Set<String> = [
        "missed voice call", "missed video call", "missed group voice call", "missed group video call",
        "voice call", "video call", "verpasster sprachanruf", "verpasster videoanruf",
        "llamada perdida", "videollamada perdida", "llamada de voz perdida",
        "appel vocal manqué", "appel vidéo manqué", "chiamata vocale persa", "videochiamata persa",
        "chamada de voz perdida", "chamada de vídeo perdida", "gemiste spraakoproep", "gemiste video-oproep",
        "zmeškaný hovor", "zmeškaný videohovor", "пропущенный аудиозвонок", "пропущенный видеозвонок",
        "пропущений аудіовиклик", "пропущений відеовиклик",
    ]

    /// Whole-message texts of media left out of an iOS export (normally marked, sometimes not).
    static let omitted: Set<String> = [
        "image omitted", "video omitted", "audio omitted", "sticker omitted", "gif omitted", "document omitted",
        "contact card omitted", "bild weggelassen", "video weggelassen", "audio weggelassen", "sticker weggelassen",
        "imagen omitida", "video omitido", "audio omitido", "image absente", "vidéo absente", "audio omis",
    ]

    /// Whole-message placeholders WhatsApp writes for items it cannot show.
    static let placeholders: Set<String> = ["null", "waiting for this message", "view once message"]

    /// Whole-message texts of live locations.
    static let liveLocations: Set<String> = ["live location shared", "live-standort wird geteilt", "ubicación en tiempo real compartida"]

    /// Suffixes that mark a file attached to a message (Android).
    static let attachedSuffixes: [String] = [
        "(file attached)", "(datei angehängt)", "(archivo adjunto)", "(fichier joint)",
        "(file allegato)", "(arquivo anexado)", "(ficheiro anexado)", "(bestand bijgevoegd)",
    ]

    /// Suffixes WhatsApp appends to edited messages.
    static let editedSuffixes: [String] = [
        "<this message was edited>", "<diese nachricht wurde bearbeitet>", "<se editó este mensaje.>",
        "<ce message a été modifié>", "<questo messaggio è stato modificato>", "<mensagem editada>",
        "<dit bericht is bewerkt>",
    ]

    /// Key words of the encryption notice in many languages.
    static let encryptionWords: [String] = [
        "end-to-end", "ende-zu-ende", "cifrad", "chiffré", "crittografat", "encriptad", "criptografad",
        "versleuteld", "šifrov", "защищены", "шифр", "захищені", "terenkripsi", "مشفرة", "एंड-टू-एंड",
        "暗号化", "mã hóa", "เข้ารหัส", "наскрізним",
    ]

    /// Key words of joins, adds, leaves and removals.
    static let membershipWords: [String] = [
        " added ", "added you", " joined", " left", " removed ", "hinzugefügt", "entfernt", "verlassen", "beigetreten",
        "se unió", "añadió", "salió", "a rejoint", "a ajouté", "est parti", "ha aggiunto", "è uscito",
    ]

    /// Key words of group changes.
    static let groupWords: [String] = [
        "created group", "created this group", "changed the subject", "changed the group", "changed this group",
        "group's icon", "group description", "group name", "admin", "gruppe", "grupo", "groupe", "gruppo",
    ]

    /// Key words of disappearing-message changes.
    static let disappearingWords: [String] = ["disappearing", "message timer", "selbstlöschend", "temporizador", "éphémères"]

    /// Key words of security-code and number changes.
    static let securityWords: [String] = ["security code", "sicherheitscode", "sicherheitsnummer", "code de sécurité",
        "código de seguridad", "codice di sicurezza", "código de segurança", "код безопасности", "код безпеки", "phone number", "telefonnummer", "changed to +"]

    /// Key words of calls in system lines.
    static let callWords: [String] = ["call", "anruf", "llamada", "appel", "chiamata", "chamada"]
}
