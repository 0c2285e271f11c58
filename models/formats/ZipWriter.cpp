#include "formats/ZipWriter.h"

#include <QCoreApplication>
#include <QtEndian>
#include <algorithm>
#include <array>
#include <limits>
#include <optional>
#include <zlib.h>

namespace ropa::formats {

namespace {

// Record signatures and sizes of PKWARE's APPNOTE.TXT, section 4.3.
constexpr quint32 kLocalHeaderSignature = 0x04034b50;
constexpr quint32 kCentralHeaderSignature = 0x02014b50;
constexpr quint32 kEndRecordSignature = 0x06054b50;
constexpr qsizetype kLocalHeaderSize = 30;
constexpr qsizetype kCentralHeaderSize = 46;
constexpr qsizetype kEndRecordSize = 22;
// 2.0: the version that brought deflate, and all this writer uses. As "made by", the high byte 0 says MS-DOS
// attributes, which leaves the external attributes at 0, a plain file.
constexpr quint16 kVersion = 20;
constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;
constexpr quint16 kUtf8NameFlag = 1 << 11;
// Sizes and offsets of 0xFFFFFFFF, and 0xFFFF entries, would tell a reader to look for ZIP64 records.
constexpr qsizetype kMaxField32 = std::numeric_limits<quint32>::max() - 1;
constexpr qsizetype kMaxField16 = std::numeric_limits<quint16>::max() - 1;
// zlib counts in uInt; larger inputs are fed in pieces.
constexpr qsizetype kZlibPiece = qsizetype(1) << 30;

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::formats::ZipWriter)
};

Error refused(const QString& name, const QString& reason)
{
    return {ErrorCode::InvalidInput, Text::tr("Could not add \"%1\" to the archive: %2").arg(name.left(80), reason)};
}

void append16(QByteArray& out, quint16 value)
{
    const quint16 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char*>(&le), sizeof le);
}

void append32(QByteArray& out, quint32 value)
{
    const quint32 le = qToLittleEndian(value);
    out.append(reinterpret_cast<const char*>(&le), sizeof le);
}

quint32 crcOf(const QByteArray& data)
{
    uLong crc = crc32(0L, Z_NULL, 0);
    for (qsizetype at = 0; at < data.size(); at += kZlibPiece) {
        const auto length = static_cast<uInt>(std::min(kZlibPiece, data.size() - at));
        crc = crc32(crc, reinterpret_cast<const Bytef*>(data.constData() + at), length);
    }
    return static_cast<quint32>(crc);
}

// Raw deflate (no zlib header or checksum: windowBits -15), as the ZIP format expects; nullopt if zlib fails,
// which short of memory it does not.
std::optional<QByteArray> deflated(const QByteArray& data)
{
    z_stream stream{};
    if (deflateInit2(&stream, Z_DEFAULT_COMPRESSION, Z_DEFLATED, -15, 8, Z_DEFAULT_STRATEGY) != Z_OK) {
        return std::nullopt;
    }
    QByteArray out;
    std::array<char, 256 * 1024> buffer{};
    qsizetype fed = 0;
    int status = Z_OK;
    while (status == Z_OK) {
        if (stream.avail_in == 0 && fed < data.size()) {
            const qsizetype piece = std::min(kZlibPiece, data.size() - fed);
            stream.next_in = reinterpret_cast<Bytef*>(const_cast<char*>(data.constData() + fed));
            stream.avail_in = static_cast<uInt>(piece);
            fed += piece;
        }
        stream.next_out = reinterpret_cast<Bytef*>(buffer.data());
        stream.avail_out = static_cast<uInt>(buffer.size());
        status = deflate(&stream, fed == data.size() ? Z_FINISH : Z_NO_FLUSH);
        out.append(buffer.data(), static_cast<qsizetype>(buffer.size() - stream.avail_out));
    }
    deflateEnd(&stream);
    if (status != Z_STREAM_END) {
        return std::nullopt;
    }
    return out;
}

bool isAscii(const QByteArray& bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return static_cast<uchar>(c) < 0x80; });
}

} // namespace

void ZipWriter::setModified(const QDateTime& time)
{
    const QDateTime local = time.toLocalTime();
    const QDate date = local.date();
    if (!local.isValid() || date.year() < 1980) {
        m_time = 0;
        m_date = (1 << 5) | 1;
        return;
    }
    const QTime clock = local.time();
    const int year = std::min(date.year(), 2107) - 1980;
    m_date = static_cast<quint16>((year << 9) | (date.month() << 5) | date.day());
    m_time = static_cast<quint16>((clock.hour() << 11) | (clock.minute() << 5) | (clock.second() / 2));
}

Status ZipWriter::add(const QString& name, const QByteArray& data)
{
    if (name.isEmpty()) {
        return refused(name, Text::tr("a file in an archive needs a name."));
    }
    if (name.startsWith(QLatin1Char('/')) || name.contains(QLatin1Char('\\')) || name.endsWith(QLatin1Char('/'))) {
        return refused(name, Text::tr("the name must be a relative path with '/' between folders."));
    }
    const QByteArray encodedName = name.toUtf8();
    if (encodedName.size() > kMaxField16) {
        return refused(name, Text::tr("the name is too long."));
    }
    if (std::any_of(m_entries.cbegin(), m_entries.cend(), [&](const Entry& e) { return e.name == encodedName; })) {
        return refused(name, Text::tr("the archive already holds a file of that name."));
    }
    if (m_entries.size() >= kMaxField16) {
        return refused(name, Text::tr("the archive holds as many files as it can."));
    }
    if (data.size() > kMaxField32) {
        return refused(name, Text::tr("the file is larger than 4 GiB."));
    }

    Entry entry;
    entry.name = encodedName;
    entry.flags = isAscii(encodedName) ? 0 : kUtf8NameFlag;
    entry.time = m_time;
    entry.date = m_date;
    entry.crc = crcOf(data);
    entry.size = static_cast<quint32>(data.size());
    entry.offset = static_cast<quint32>(m_files.size());

    std::optional<QByteArray> packed;
    if (data.size() > 1) {
        packed = deflated(data);
        if (!packed) {
            return refused(name, Text::tr("there is not enough memory to compress it."));
        }
    }
    const bool store = !packed || packed->size() >= data.size();
    const QByteArray& body = store ? data : *packed;
    entry.method = store ? kStored : kDeflated;
    entry.compressedSize = static_cast<quint32>(body.size());

    // The central directory must start, and the archive end, below 4 GiB too.
    const qsizetype added = kLocalHeaderSize + encodedName.size() + body.size();
    const qsizetype directory = centralDirectorySize() + kCentralHeaderSize + encodedName.size();
    if (m_files.size() + added + directory + kEndRecordSize > kMaxField32) {
        return refused(name, Text::tr("the archive would be larger than 4 GiB."));
    }

    m_files.reserve(m_files.size() + added);
    append32(m_files, kLocalHeaderSignature);
    append16(m_files, kVersion);
    append16(m_files, entry.flags);
    append16(m_files, entry.method);
    append16(m_files, entry.time);
    append16(m_files, entry.date);
    append32(m_files, entry.crc);
    append32(m_files, entry.compressedSize);
    append32(m_files, entry.size);
    append16(m_files, static_cast<quint16>(encodedName.size()));
    append16(m_files, 0); // extra field length
    m_files += encodedName;
    m_files += body;
    m_entries << entry;
    return {};
}

QByteArray ZipWriter::centralHeader(const Entry& entry) const
{
    QByteArray out;
    out.reserve(kCentralHeaderSize + entry.name.size());
    append32(out, kCentralHeaderSignature);
    append16(out, kVersion); // made by
    append16(out, kVersion); // needed to extract
    append16(out, entry.flags);
    append16(out, entry.method);
    append16(out, entry.time);
    append16(out, entry.date);
    append32(out, entry.crc);
    append32(out, entry.compressedSize);
    append32(out, entry.size);
    append16(out, static_cast<quint16>(entry.name.size()));
    append16(out, 0); // extra field length
    append16(out, 0); // comment length
    append16(out, 0); // disk number
    append16(out, 0); // internal attributes
    append32(out, 0); // external attributes
    append32(out, entry.offset);
    out += entry.name;
    return out;
}

qsizetype ZipWriter::centralDirectorySize() const
{
    qsizetype size = 0;
    for (const Entry& entry : m_entries) {
        size += kCentralHeaderSize + entry.name.size();
    }
    return size;
}

QByteArray ZipWriter::archive() const
{
    QByteArray out;
    out.reserve(m_files.size() + centralDirectorySize() + kEndRecordSize);
    out += m_files;
    for (const Entry& entry : m_entries) {
        out += centralHeader(entry);
    }
    const auto directorySize = static_cast<quint32>(out.size() - m_files.size());
    const auto count = static_cast<quint16>(m_entries.size());
    append32(out, kEndRecordSignature);
    append16(out, 0); // this disk
    append16(out, 0); // the disk the central directory starts on
    append16(out, count); // entries on this disk
    append16(out, count); // entries in all
    append32(out, directorySize);
    append32(out, static_cast<quint32>(m_files.size())); // central directory offset
    append16(out, 0); // comment length
    return out;
}

} // namespace ropa::formats
