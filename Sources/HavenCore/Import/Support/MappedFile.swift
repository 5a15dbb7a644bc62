import Foundation

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Maps a file into memory read-only, so that a large export is read page by page and the pages
/// already parsed can be handed back to the system (see ``releasePages(_:from:to:)``).
enum MappedFile {
    /// The file's bytes as a memory mapping, or `nil` when mapping is not possible (then read normally).
    static func data(at url: URL) -> Data? {
        let descriptor = open(url.path, O_RDONLY)
        guard descriptor >= 0 else { return nil }
        defer { close(descriptor) }
        var info = stat()
        guard fstat(descriptor, &info) == 0, (info.st_mode & S_IFMT) == S_IFREG, info.st_size > 0 else { return nil }
        let size = Int(info.st_size)
        guard let address = mmap(nil, size, PROT_READ, MAP_PRIVATE, descriptor, 0), address != MAP_FAILED else { return nil }
        return Data(bytesNoCopy: address, count: size, deallocator: .custom { pointer, count in munmap(pointer, count) })
    }

    /// Tells the system that the mapped pages between two offsets will not be read again soon;
    /// they leave resident memory and would be read back from the file if touched.
    ///
    /// Only call this on memory returned by ``data(at:)``: on ordinary memory it would discard data.
    static func releasePages(_ base: UnsafePointer<UInt8>, from start: Int, to end: Int) {
        let page = Int(sysconf(Int32(_SC_PAGESIZE)))
        let alignedStart = (Int(bitPattern: base) + start + page - 1) / page * page
        let alignedEnd = (Int(bitPattern: base) + end) / page * page
        guard alignedEnd > alignedStart, let pointer = UnsafeMutableRawPointer(bitPattern: alignedStart) else { return }
        _ = madvise(pointer, alignedEnd - alignedStart, Int32(MADV_DONTNEED))
    }
}
