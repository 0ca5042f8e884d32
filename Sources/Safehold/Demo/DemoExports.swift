import Foundation

/// The demo's exports, in the formats WhatsApp, Instagram and X use. Fictional throughout.
enum DemoExports {
    static let whatsApp = """
        11/2/26, 9:12 PM - Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.
        11/2/26, 9:14 PM - Jordan Reece: You can't just ignore me
        11/2/26, 9:15 PM - Alex Rivera: I asked you to stop writing to me.
        11/3/26, 7:40 AM - Jordan Reece: Nice jacket this morning. Who was the guy at the bus stop?
        11/3/26, 7:41 AM - Jordan Reece: I know where you are
        11/4/26, 11:02 PM - Jordan Reece: if you don't unblock me on insta I will send your pictures to everyone at your work
        11/5/26, 6:30 PM - Jordan Reece: I still have the photos. Think about that.
        11/6/26, 10:17 PM - Jordan Reece: You'll never see the kids again if you keep this up
        11/8/26, 1:03 AM - Jordan Reece: I will k!ll you if you go to the police
        11/8/26, 1:05 AM - Alex Rivera: Please leave me alone.
        11/14/26, 8:20 PM - Jordan Reece: you're a worthless liar and everyone knows it
        11/18/26, 9:00 AM - Alex Rivera: The kids' pickup is at 3 on Friday as agreed.
        11/18/26, 9:04 AM - Jordan Reece: Fine.

        """

    /// An Instagram "Download your information" folder: messages, a message request and followers.
    static func writeInstagram(in root: URL) throws -> URL {
        let inbox = "your_instagram_activity/messages/inbox/jreece88_17845012340000001/message_1.json"
        try json(root, inbox, [
            "participants": [["name": "Jordan Reece"], ["name": "Alex Rivera"]],
            "messages": [
                message("Jordan Reece", 1_794_603_900_000, "Everyone will know where you live now. 14 Linden Ct apt 2B, go say hi"),
                message("Alex Rivera", 1_794_561_000_000, "Stop posting about me."),
                message("Jordan Reece", 1_794_516_000_000, "answer me or I come over tonight"),
            ],
            "title": "Jordan Reece", "thread_path": "inbox/jreece88_17845012340000001",
        ])
        let request = "your_instagram_activity/messages/message_requests/jordanreece.backup_17850000000000002/message_1.json"
        try json(root, request, [
            "participants": [["name": "jordan.reece.backup"], ["name": "Alex Rivera"]],
            "messages": [message("jordan.reece.backup", 1_794_808_800_000, "you can block me all you want. call me 503 555 0142 is still your number right")],
            "title": "jordan.reece.backup", "thread_path": "message_requests/jordanreece.backup_17850000000000002",
        ])
        let followers = ["mina.paints", "j.reece_88", "sam.kowal", "dev.okafor", "rita_runs", "alex.rivera.backup"].enumerated().map { index, name in
            ["title": "", "media_list_data": [], "string_list_data": [
                ["href": "https://www.instagram.com/\(name)", "value": name, "timestamp": 1_700_000_000 + index * 86_400],
            ]] as [String: Any]
        }
        try json(root, "connections/followers_and_following/followers_1.json", followers)
        return root
    }

    /// An X archive folder: the account, direct messages from the ex's account, followers and a block.
    static func writeX(in root: URL) throws -> URL {
        try script(root, "data/account.js", "account", [["account": [
            "email": NSNull(), "createdVia": "web", "username": "alex_rivera", "accountId": "1001",
            "createdAt": "2016-04-02T10:00:00.000Z", "accountDisplayName": "Alex Rivera",
        ]]])
        let messages: [[String: Any]] = [
            ("I saw you at the cafe on Elm Street yesterday. You looked tired.", "2026-11-10T22:01:00.000Z", "7100000000000000003"),
            ("Please leave me alone.", "2026-11-10T21:58:30.000Z", "7100000000000000002"),
            ("Pick up your phone", "2026-11-10T21:57:00.000Z", "7100000000000000001"),
        ].map { text, time, id in
            let fromAlex = text.hasPrefix("Please")
            return ["messageCreate": [
                "recipientId": fromAlex ? "2002" : "1001", "reactions": [], "urls": [], "text": text, "mediaUrls": [],
                "senderId": fromAlex ? "1001" : "2002", "id": id, "createdAt": time,
            ]]
        }
        try script(root, "data/direct-messages.js", "direct_messages", [["dmConversation": ["conversationId": "1001-2002", "messages": messages]]])
        try script(root, "data/follower.js", "follower", ["2002", "3003", "4004"].map { id in
            ["follower": ["accountId": id, "userLink": "https://twitter.com/intent/user?user_id=\(id)"]]
        })
        try script(root, "data/block.js", "block", [["blocking": ["accountId": "2002", "userLink": "https://twitter.com/intent/user?user_id=2002"]]])
        return root
    }

    private static func message(_ sender: String, _ time: Int, _ text: String) -> [String: Any] {
        ["sender_name": sender, "timestamp_ms": time, "content": text, "is_geoblocked_for_viewer": false]
    }

    private static func json(_ root: URL, _ path: String, _ value: Any) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys]).write(to: url)
    }

    private static func script(_ root: URL, _ path: String, _ name: String, _ value: Any) throws {
        let url = root.appendingPathComponent(path)
        try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
        let body = try JSONSerialization.data(withJSONObject: value, options: [.prettyPrinted, .sortedKeys])
        try (Data("window.YTD.\(name).part0 = ".utf8) + body).write(to: url)
    }
}
