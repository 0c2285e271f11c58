#include "formats/ZipWriter.h"

#include <QDateTime>
#include <QFile>
#include <QProcess>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtEndian>
#include <array>
#include <gtest/gtest.h>

using namespace ropa;

namespace {

constexpr quint32 kLocalHeader = 0x04034b50;
constexpr quint32 kCentralHeader = 0x02014b50;
constexpr quint32 kEndRecord = 0x06054b50;
constexpr int kLocalHeaderSize = 30;
constexpr int kCentralHeaderSize = 46;
constexpr int kEndRecordSize = 22;
constexpr quint16 kStored = 0;
constexpr quint16 kDeflated = 8;
constexpr quint16 kUtf8Name = 0x0800;

// CRC-32 as ZIP defines it (reflected polynomial 0xEDB88320), computed here without zlib so that the test does not
// check zlib against itself.
quint32 crc32Of(const QByteArray& data)
{
    static const std::array<quint32, 256> table = [] {
        std::array<quint32, 256> t{};
        for (quint32 n = 0; n < 256; ++n) {
            quint32 c = n;
            for (int k = 0; k < 8; ++k) {
                c = (c & 1u) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
            }
            t[n] = c;
        }
        return t;
    }();
    quint32 crc = 0xFFFFFFFFu;
    for (const char byte : data) {
        crc = table[(crc ^ static_cast<uchar>(byte)) & 0xFFu] ^ (crc >> 8);
    }
    return ~crc;
}

// --- A reader of the archive's own records, strict about every field the writer sets. ---

struct Entry
{
    QByteArray name;
    quint16 flags = 0;
    quint16 method = 0;
    quint16 time = 0;
    quint16 date = 0;
    quint32 crc = 0;
    quint32 compressedSize = 0;
    quint32 size = 0;
    quint32 localOffset = 0;
};

struct Archive
{
    QList<Entry> entries;
    QString error;
};

class Bytes
{
public:
    explicit Bytes(const QByteArray& data)
        : m_data(data)
    { }
    bool has(qsizetype at, qsizetype length) const { return at >= 0 && length >= 0 && at + length <= m_data.size(); }
    quint16 u16(qsizetype at) const { return has(at, 2) ? qFromLittleEndian<quint16>(m_data.constData() + at) : 0; }
    quint32 u32(qsizetype at) const { return has(at, 4) ? qFromLittleEndian<quint32>(m_data.constData() + at) : 0; }
    QByteArray mid(qsizetype at, qsizetype length) const { return m_data.mid(at, length); }
    qsizetype size() const { return m_data.size(); }

private:
    const QByteArray& m_data;
};

QString checkLocalHeader(const Bytes& bytes, const Entry& entry, qsizetype expectedOffset)
{
    const qsizetype at = entry.localOffset;
    if (at != expectedOffset) {
        return QStringLiteral("%1 starts at %2, not right after the previous entry at %3")
            .arg(QString::fromUtf8(entry.name))
            .arg(at)
            .arg(expectedOffset);
    }
    if (!bytes.has(at, kLocalHeaderSize) || bytes.u32(at) != kLocalHeader) {
        return QStringLiteral("no local header at %1").arg(at);
    }
    const bool same = bytes.u16(at + 4) == 20 && bytes.u16(at + 6) == entry.flags &&
        bytes.u16(at + 8) == entry.method && bytes.u16(at + 10) == entry.time && bytes.u16(at + 12) == entry.date &&
        bytes.u32(at + 14) == entry.crc && bytes.u32(at + 18) == entry.compressedSize &&
        bytes.u32(at + 22) == entry.size && bytes.u16(at + 26) == entry.name.size() && bytes.u16(at + 28) == 0 &&
        bytes.mid(at + kLocalHeaderSize, entry.name.size()) == entry.name;
    return same
        ? QString()
        : QStringLiteral("the local header of %1 differs from its central one").arg(QString::fromUtf8(entry.name));
}

Archive readArchive(const QByteArray& data)
{
    const Bytes bytes(data);
    Archive archive;
    const qsizetype end = bytes.size() - kEndRecordSize;
    if (end < 0 || bytes.u32(end) != kEndRecord) {
        return {{}, QStringLiteral("no end record in the last 22 bytes")};
    }
    const quint16 count = bytes.u16(end + 10);
    const quint32 directorySize = bytes.u32(end + 12);
    const quint32 directoryOffset = bytes.u32(end + 16);
    if (bytes.u16(end + 4) != 0 || bytes.u16(end + 6) != 0 || bytes.u16(end + 8) != count || bytes.u16(end + 20) != 0 ||
        qsizetype(directoryOffset) + directorySize != end) {
        return {{}, QStringLiteral("the end record does not describe one disk ending at the record")};
    }
    qsizetype at = directoryOffset;
    qsizetype nextLocal = 0;
    for (int i = 0; i < count; ++i) {
        if (!bytes.has(at, kCentralHeaderSize) || bytes.u32(at) != kCentralHeader) {
            return {archive.entries, QStringLiteral("no central header %1 at %2").arg(i).arg(at)};
        }
        Entry e;
        e.flags = bytes.u16(at + 8);
        e.method = bytes.u16(at + 10);
        e.time = bytes.u16(at + 12);
        e.date = bytes.u16(at + 14);
        e.crc = bytes.u32(at + 16);
        e.compressedSize = bytes.u32(at + 20);
        e.size = bytes.u32(at + 24);
        const quint16 nameLength = bytes.u16(at + 28);
        const quint16 extraLength = bytes.u16(at + 30);
        const quint16 commentLength = bytes.u16(at + 32);
        e.localOffset = bytes.u32(at + 42);
        e.name = bytes.mid(at + kCentralHeaderSize, nameLength);
        if (bytes.u16(at + 6) != 20 || extraLength != 0 || commentLength != 0 || bytes.u16(at + 34) != 0) {
            return {archive.entries, QStringLiteral("unexpected fields in the central header of %1").arg(i)};
        }
        if (const QString error = checkLocalHeader(bytes, e, nextLocal); !error.isEmpty()) {
            return {archive.entries, error};
        }
        nextLocal = qsizetype(e.localOffset) + kLocalHeaderSize + e.name.size() + e.compressedSize;
        archive.entries << e;
        at += kCentralHeaderSize + nameLength;
    }
    if (at != end || nextLocal != directoryOffset) {
        return {archive.entries, QStringLiteral("bytes left between the entries and the end record")};
    }
    return archive;
}

QByteArray randomBytes(qsizetype size)
{
    QRandomGenerator random(20260331);
    QByteArray data(size, Qt::Uninitialized);
    random.fillRange(reinterpret_cast<quint32*>(data.data()), size / 4);
    return data;
}

QByteArray repeatedText(qsizetype size)
{
    QByteArray data;
    data.reserve(size);
    for (int line = 0; data.size() < size; ++line) {
        data += "<row r=\"" + QByteArray::number(line) + "\"><c t=\"s\"><v>" + QByteArray::number(line % 97) +
            "</v></c></row>\n";
    }
    data.truncate(size);
    return data;
}

struct Sample
{
    QString name;
    QByteArray data;
};

QList<Sample> samples()
{
    return {{QStringLiteral("hello.txt"), QByteArrayLiteral("Hello, archive. Hello, archive. Hello, archive.\n")},
            {QStringLiteral("empty"), QByteArray()},
            {QStringLiteral("folder/compressible.xml"), repeatedText(8 * 1024 * 1024 + 3)},
            {QStringLiteral("folder/random.bin"), randomBytes(5 * 1024 * 1024)},
            {QStringLiteral("folder/one-byte"), QByteArrayLiteral("x")}};
}

QByteArray archiveOf(const QList<Sample>& files)
{
    formats::ZipWriter zip;
    for (const Sample& file : files) {
        const Status added = zip.add(file.name, file.data);
        EXPECT_TRUE(added.ok()) << file.name.toStdString() << ": "
                                << (added ? std::string() : added.error().message.toStdString());
    }
    return zip.archive();
}

bool haveUnzip()
{
    return !QStandardPaths::findExecutable(QStringLiteral("unzip")).isEmpty();
}

struct UnzipRun
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

UnzipRun unzip(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("unzip"), arguments);
    UnzipRun run;
    if (process.waitForFinished(60000) && process.exitStatus() == QProcess::NormalExit) {
        run.exitCode = process.exitCode();
    }
    run.out = process.readAllStandardOutput();
    run.err = process.readAllStandardError();
    return run;
}

TEST(ZipWriterTest, UnzipTestsEveryEntryAndReadsItBack)
{
    if (!haveUnzip()) {
        GTEST_SKIP() << "unzip is not installed";
    }
    const QList<Sample> files = samples();
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("sample.zip"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(archiveOf(files));
    }
    const UnzipRun tested = unzip({QStringLiteral("-t"), path});
    EXPECT_EQ(tested.exitCode, 0) << tested.out.toStdString() << tested.err.toStdString();
    EXPECT_TRUE(tested.out.contains("No errors detected")) << tested.out.toStdString();
    for (const Sample& file : files) {
        const UnzipRun extracted = unzip({QStringLiteral("-p"), path, file.name});
        EXPECT_EQ(extracted.exitCode, 0) << file.name.toStdString() << ": " << extracted.err.toStdString();
        EXPECT_EQ(extracted.out.size(), file.data.size()) << file.name.toStdString();
        EXPECT_TRUE(extracted.out == file.data) << file.name.toStdString();
    }
}

TEST(ZipWriterTest, HeadersRecordCrcSizesAndMethod)
{
    const QList<Sample> files = samples();
    const Archive archive = readArchive(archiveOf(files));
    ASSERT_TRUE(archive.error.isEmpty()) << archive.error.toStdString();
    ASSERT_EQ(archive.entries.size(), files.size());
    for (qsizetype i = 0; i < files.size(); ++i) {
        const Entry& entry = archive.entries.at(i);
        const Sample& file = files.at(i);
        EXPECT_EQ(entry.name, file.name.toUtf8());
        EXPECT_EQ(entry.crc, crc32Of(file.data)) << file.name.toStdString();
        EXPECT_EQ(entry.size, quint32(file.data.size())) << file.name.toStdString();
        EXPECT_EQ(entry.flags, 0) << file.name.toStdString();
        EXPECT_TRUE(entry.method == kStored || entry.method == kDeflated) << file.name.toStdString();
        if (entry.method == kStored) {
            EXPECT_EQ(entry.compressedSize, entry.size) << file.name.toStdString();
        }
    }
    // Nothing to gain from deflating an empty file, a single byte or random bytes: they are stored as they are.
    EXPECT_EQ(archive.entries.at(1).method, kStored);
    EXPECT_EQ(archive.entries.at(1).compressedSize, 0u);
    EXPECT_EQ(archive.entries.at(3).method, kStored);
    EXPECT_EQ(archive.entries.at(4).method, kStored);
    EXPECT_EQ(archive.entries.at(0).method, kDeflated);
    EXPECT_EQ(archive.entries.at(2).method, kDeflated);
    EXPECT_LT(archive.entries.at(2).compressedSize, archive.entries.at(2).size / 10);
    // As zlib.crc32(b"Hello, archive. Hello, archive. Hello, archive.\n") gives it.
    EXPECT_EQ(archive.entries.at(0).crc, 0xc928abfu) << std::hex << archive.entries.at(0).crc;
}

TEST(ZipWriterTest, EmptyArchiveIsTheEndRecordAlone)
{
    const QByteArray bytes = formats::ZipWriter().archive();
    EXPECT_EQ(bytes, QByteArray("PK\x05\x06", 4) + QByteArray(kEndRecordSize - 4, '\0'));
    EXPECT_TRUE(readArchive(bytes).error.isEmpty());
}

TEST(ZipWriterTest, EntriesCarryTheModificationTimeInDosForm)
{
    formats::ZipWriter zip;
    ASSERT_TRUE(zip.add(QStringLiteral("before"), QByteArrayLiteral("a")).ok());
    zip.setModified(QDateTime(QDate(2024, 5, 17), QTime(13, 45, 31)));
    ASSERT_TRUE(zip.add(QStringLiteral("after"), QByteArrayLiteral("b")).ok());
    zip.setModified(QDateTime(QDate(1970, 1, 1), QTime(0, 0)));
    ASSERT_TRUE(zip.add(QStringLiteral("too early"), QByteArrayLiteral("c")).ok());
    const Archive archive = readArchive(zip.archive());
    ASSERT_TRUE(archive.error.isEmpty()) << archive.error.toStdString();
    ASSERT_EQ(archive.entries.size(), 3);
    // Until set, 1980-01-01 00:00, the earliest time a ZIP can hold; so is any earlier time.
    EXPECT_EQ(archive.entries.at(0).date, (0 << 9) | (1 << 5) | 1);
    EXPECT_EQ(archive.entries.at(0).time, 0);
    EXPECT_EQ(archive.entries.at(1).date, ((2024 - 1980) << 9) | (5 << 5) | 17);
    EXPECT_EQ(archive.entries.at(1).time, (13 << 11) | (45 << 5) | (31 / 2));
    EXPECT_EQ(archive.entries.at(2).date, (0 << 9) | (1 << 5) | 1);
    EXPECT_EQ(archive.entries.at(2).time, 0);
}

TEST(ZipWriterTest, NonAsciiNamesAreMarkedUtf8)
{
    formats::ZipWriter zip;
    ASSERT_TRUE(zip.add(QStringLiteral("Fenêtres.txt"), QByteArrayLiteral("x")).ok());
    const Archive archive = readArchive(zip.archive());
    ASSERT_TRUE(archive.error.isEmpty()) << archive.error.toStdString();
    ASSERT_EQ(archive.entries.size(), 1);
    EXPECT_EQ(archive.entries.first().name, QStringLiteral("Fenêtres.txt").toUtf8());
    EXPECT_EQ(archive.entries.first().flags, kUtf8Name);
}

TEST(ZipWriterTest, RefusesNamesItCannotStoreAndKeepsTheArchive)
{
    formats::ZipWriter zip;
    ASSERT_TRUE(zip.add(QStringLiteral("a/b.xml"), QByteArrayLiteral("<b/>")).ok());
    const QByteArray before = zip.archive();
    for (const QString& name :
         {QString(), QStringLiteral("a/b.xml"), QStringLiteral("/etc/passwd"), QStringLiteral("a\\b.xml"),
          QStringLiteral("folder/"), QString(70000, QLatin1Char('n'))}) {
        const Status added = zip.add(name, QByteArrayLiteral("data"));
        ASSERT_FALSE(added.ok()) << name.left(40).toStdString();
        EXPECT_EQ(added.error().code, ErrorCode::InvalidInput);
        EXPECT_FALSE(added.error().message.isEmpty());
    }
    EXPECT_EQ(zip.archive(), before);
}

} // namespace
