import Foundation
import Hummingbird
import NIOCore
import SafeholdCore

/// The stylesheet and the quick-exit script, read once from the package's resources.
struct StaticController: Sendable {
    let files: [String: (type: String, bytes: ByteBuffer)]

    /// Reads the files in `Resources/static`.
    static func load() throws -> StaticController {
        guard let folder = resourceFolder("static") else {
            throw SafeholdError(.fileAccess, "The web app's files are missing. Please reinstall Safehold.")
        }
        var files: [String: (type: String, bytes: ByteBuffer)] = [:]
        for name in try FileManager.default.contentsOfDirectory(atPath: folder.path) {
            guard let type = Self.types[(name as NSString).pathExtension] else { continue }
            let data = try Data(contentsOf: folder.appendingPathComponent(name))
            files[name] = (type, ByteBuffer(bytes: data))
        }
        return StaticController(files: files)
    }

    static let types = ["css": "text/css; charset=utf-8", "js": "text/javascript; charset=utf-8"]

    func addRoutes(to router: Router<WebRequestContext>) {
        router.get("/static/:name", use: file)
    }

    @Sendable func file(_ request: Request, context: WebRequestContext) async throws -> Response {
        guard let name = context.parameters.get("name"), let file = files[name] else { throw WebError.notFound }
        return Response(status: .ok, headers: [.contentType: file.type], body: .init(byteBuffer: file.bytes))
    }
}
