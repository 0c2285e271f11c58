#include "TestSupport.h"
#include "core/IdMaker.h"
#include "formats/NoticeImporter.h"
#include "formats/NoticeText.h"
#include "report/LawfulBasisMatrix.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ropa;

namespace {

QString message(const Result<Register>& result)
{
    return result ? QString() : result.error().message;
}

QString readText(const QString& path)
{
    return QString::fromUtf8(test::readBytes(path));
}

// The rows the matrix prints for a register, whitespace collapsed.
QStringList matrixRows(const Register& reg)
{
    const report::LawfulBasisMatrix matrix(reg);
    QStringList rows;
    for (const report::LawfulBasisMatrix::Row& row : matrix.rows()) {
        rows << matrix.rowText(row).simplified();
    }
    return rows;
}

// The non-empty lines of a golden file, whitespace collapsed; at most `limit` of them when limit >= 0.
QStringList goldenLines(const QString& path, qsizetype limit = -1)
{
    QStringList lines;
    for (const QString& line : readText(path).split(QLatin1Char('\n'))) {
        if (limit >= 0 && lines.size() == limit) {
            break;
        }
        if (!line.trimmed().isEmpty()) {
            lines << line.simplified();
        }
    }
    return lines;
}

// Compares line by line and, where they differ, prints every line: "  " same, "- " expected, "+ " imported.
::testing::AssertionResult sameLines(const QStringList& expected, const QStringList& actual)
{
    if (expected == actual) {
        return ::testing::AssertionSuccess();
    }
    std::string diff = "matrix rows differ (- expected, + imported):\n";
    for (qsizetype i = 0; i < std::max(expected.size(), actual.size()); ++i) {
        const QString want = i < expected.size() ? expected.at(i) : QString();
        const QString got = i < actual.size() ? actual.at(i) : QString();
        if (i < expected.size() && i < actual.size() && want == got) {
            diff += "  " + want.toStdString() + "\n";
            continue;
        }
        if (i < expected.size()) {
            diff += "- " + want.toStdString() + "\n";
        }
        if (i < actual.size()) {
            diff += "+ " + got.toStdString() + "\n";
        }
    }
    return ::testing::AssertionFailure() << diff;
}

const Activity* findActivity(const Register& reg, const QString& purposeStart)
{
    for (const Activity& activity : reg.activities) {
        if (activity.purpose.startsWith(purposeStart)) {
            return &activity;
        }
    }
    return nullptr;
}

QStringList categoryNames(const Register& reg)
{
    QStringList names;
    for (const DataCategory& category : reg.dataCategories) {
        names << category.name;
    }
    return names;
}

QList<Basis> basesOf(const Activity& activity)
{
    QList<Basis> bases;
    for (const LawfulBasis& basis : activity.bases) {
        bases << basis.basis;
    }
    return bases;
}

Result<Register> parseOwn(const QString& name)
{
    return formats::NoticeImporter::parse(readText(test::dataPath(QStringLiteral("notices/") + name)), name);
}

// ---------------------------------------------------------------------------------------------------------------
// Each notice beside its .expected matrix: the real ones in ../shared/domain/notices, our own in tests/data/notices.

struct NoticeCase
{
    const char* file;
    const char* expected;
    bool shared;
};

std::ostream& operator<<(std::ostream& out, const NoticeCase& c)
{
    return out << c.file;
}

class NoticeFileTest : public ::testing::TestWithParam<NoticeCase>
{
};

TEST_P(NoticeFileTest, MatrixRowsMatchExpected)
{
    const NoticeCase& c = GetParam();
    const QString name = QString::fromUtf8(c.file);
    const QString expectedName = QString::fromUtf8(c.expected);
    const QString notice = c.shared ? test::sharedDomainPath(QStringLiteral("notices/") + name)
                                    : test::dataPath(QStringLiteral("notices/") + name);
    const QString expected = c.shared ? test::sharedDomainPath(QStringLiteral("notices/") + expectedName)
                                      : test::dataPath(QStringLiteral("notices/") + expectedName);
    if (notice.isEmpty() || expected.isEmpty()) {
        GTEST_SKIP() << "../shared/domain/notices/" << c.file << " is not beside this checkout";
    }
    const Result<Register> reg = formats::NoticeImporter::readFile(notice);
    ASSERT_TRUE(reg.ok()) << message(reg).toStdString();
    EXPECT_TRUE(sameLines(goldenLines(expected), matrixRows(reg.value())));
}

INSTANTIATE_TEST_SUITE_P(Notices, NoticeFileTest,
                         ::testing::Values(NoticeCase{"american-airlines-employee.txt",
                                                      "american-airlines-employee.expected", true},
                                           NoticeCase{"raffolux.txt", "raffolux.expected", true},
                                           NoticeCase{"vapeclub.txt", "vapeclub.expected", true},
                                           NoticeCase{"letters.txt", "letters.expected", false},
                                           NoticeCase{"reordered.txt", "reordered.expected", false},
                                           NoticeCase{"daggers.txt", "daggers.expected", false},
                                           NoticeCase{"consent-fourth.md", "consent-fourth.expected", false},
                                           NoticeCase{"markdown-table.md", "markdown-table.expected", false},
                                           NoticeCase{"html-table.html", "html-table.expected", false}),
                         [](const ::testing::TestParamInfo<NoticeCase>& info) {
                             std::string name = info.param.file;
                             for (char& ch : name) {
                                 if (!std::isalnum(static_cast<unsigned char>(ch))) {
                                     ch = '_';
                                 }
                             }
                             return name;
                         });

// ---------------------------------------------------------------------------------------------------------------

TEST(NoticeImportTest, KjmPolicyGivesTheNineteenLinesOfTheKjmMatrix)
{
    const QString policy = test::sharedDomainPath(QStringLiteral("kjm-privacy-policy.txt"));
    if (policy.isEmpty()) {
        GTEST_SKIP() << "../shared/domain/kjm-privacy-policy.txt is not beside this checkout";
    }
    const Result<Register> reg = formats::NoticeImporter::readFile(policy);
    ASSERT_TRUE(reg.ok()) << message(reg).toStdString();
    const QStringList expected = goldenLines(test::dataPath(QStringLiteral("kjm-matrix.txt")), 19);
    ASSERT_EQ(expected.size(), 19);
    EXPECT_TRUE(sameLines(expected, matrixRows(reg.value())));
    EXPECT_TRUE(reg->controller.name.isEmpty());
    EXPECT_TRUE(reg->dataCategories.isEmpty());
}

TEST(NoticeImportTest, MatrixTextImportsBackToTheSameRows)
{
    const QString policy = test::sharedDomainPath(QStringLiteral("kjm-privacy-policy.txt"));
    if (policy.isEmpty()) {
        GTEST_SKIP() << "../shared/domain/kjm-privacy-policy.txt is not beside this checkout";
    }
    const Result<Register> first = formats::NoticeImporter::readFile(policy);
    ASSERT_TRUE(first.ok()) << message(first).toStdString();
    // The matrix's own legend ("*    Contract (Article 6(1)(b))", one a line) is a legend too.
    const QString text = report::LawfulBasisMatrix(first.value()).toText();
    const Result<Register> second = formats::NoticeImporter::parse(text, QStringLiteral("matrix.txt"));
    ASSERT_TRUE(second.ok()) << message(second).toStdString();
    EXPECT_TRUE(sameLines(matrixRows(first.value()), matrixRows(second.value())));
}

TEST(NoticeImportTest, PastedTableKeepsInterestsAndDataCategories)
{
    const QString path = test::sharedDomainPath(QStringLiteral("notices/raffolux.txt"));
    if (path.isEmpty()) {
        GTEST_SKIP() << "../shared/domain/notices/raffolux.txt is not beside this checkout";
    }
    const Result<Register> reg = formats::NoticeImporter::readFile(path);
    ASSERT_TRUE(reg.ok()) << message(reg).toStdString();

    const Activity* order = findActivity(reg.value(), QStringLiteral("To process and deliver your order"));
    ASSERT_NE(order, nullptr);
    ASSERT_EQ(order->bases.size(), 2);
    EXPECT_EQ(order->bases.at(0).basis, Basis::Contract);
    EXPECT_EQ(order->bases.at(1).basis, Basis::LegitimateInterests);
    EXPECT_EQ(order->bases.at(1).interest, QStringLiteral("to recover debts due to us"));
    EXPECT_EQ(order->dataCategories,
              QStringList({QStringLiteral("identity"), QStringLiteral("contact"), QStringLiteral("financial"),
                           QStringLiteral("transaction"), QStringLiteral("marketing-and-communications")}));

    // The notice leaves this bracket open; the interest runs to the end of its item.
    const Activity* draw = findActivity(reg.value(), QStringLiteral("To enable you to partake"));
    ASSERT_NE(draw, nullptr);
    const LawfulBasis* li = draw->findBasis(Basis::LegitimateInterests);
    ASSERT_NE(li, nullptr);
    EXPECT_EQ(
        li->interest,
        QStringLiteral("to study how customers use our products/services, to develop them and grow our business"));

    EXPECT_EQ(categoryNames(reg.value()),
              QStringList({QStringLiteral("Identity"), QStringLiteral("Contact"), QStringLiteral("Financial"),
                           QStringLiteral("Transaction"), QStringLiteral("Marketing and Communications"),
                           QStringLiteral("Profile"), QStringLiteral("Usage"), QStringLiteral("Technical")}));
    for (const DataCategory& category : reg->dataCategories) {
        EXPECT_EQ(category.special, SpecialCategory::None) << category.name.toStdString();
    }
}

TEST(NoticeImportTest, IdsAreUniqueSlugsAndRepeatedPurposesAreNumbered)
{
    const QString path = test::sharedDomainPath(QStringLiteral("notices/vapeclub.txt"));
    if (path.isEmpty()) {
        GTEST_SKIP() << "../shared/domain/notices/vapeclub.txt is not beside this checkout";
    }
    const Result<Register> reg = formats::NoticeImporter::readFile(path);
    ASSERT_TRUE(reg.ok()) << message(reg).toStdString();
    ASSERT_EQ(reg->activities.size(), 9);
    EXPECT_EQ(reg->activities.at(0).id, QStringLiteral("to-register-you-as-a-new-customer"));
    EXPECT_EQ(reg->activities.at(2).id, QStringLiteral("to-manage-our-relationship-with-you"));
    EXPECT_EQ(reg->activities.at(3).id, QStringLiteral("to-manage-our-relationship-with-you-2"));

    const QRegularExpression slug(QStringLiteral("^[a-z0-9]+(-[a-z0-9]+)*$"));
    QSet<QString> seen;
    for (const Activity& activity : reg->activities) {
        EXPECT_TRUE(slug.match(activity.id).hasMatch()) << activity.id.toStdString();
        EXPECT_LE(activity.id.size(), 42) << activity.id.toStdString();
        EXPECT_FALSE(seen.contains(activity.id)) << activity.id.toStdString();
        seen.insert(activity.id);
    }
}

TEST(NoticeImportTest, BasesComeInCanonicalOrderWhateverTheLegendOrder)
{
    const Result<Register> reg = parseOwn(QStringLiteral("reordered.txt"));
    ASSERT_TRUE(reg.ok()) << message(reg).toStdString();
    // "(*, **)" with * = legitimate interests and ** = contract.
    const Activity* warranty = findActivity(reg.value(), QStringLiteral("Handling warranty claims"));
    ASSERT_NE(warranty, nullptr);
    EXPECT_EQ(basesOf(*warranty), QList<Basis>({Basis::Contract, Basis::LegitimateInterests}));
    EXPECT_EQ(warranty->purpose, QStringLiteral("Handling warranty claims with manufacturers"));
}

TEST(NoticeImportTest, MarkdownTableReadsConsentInterestAndCategories)
{
    const Result<Register> reg = parseOwn(QStringLiteral("markdown-table.md"));
    ASSERT_TRUE(reg.ok()) << message(reg).toStdString();
    ASSERT_EQ(reg->activities.size(), 4);
    const LawfulBasis* li = reg->activities.at(1).findBasis(Basis::LegitimateInterests);
    ASSERT_NE(li, nullptr);
    EXPECT_EQ(li->interest, QStringLiteral("to recover unpaid tuition fees"));
    EXPECT_EQ(basesOf(reg->activities.at(3)), QList<Basis>({Basis::Consent}));
    EXPECT_EQ(reg->activities.at(3).dataCategories,
              QStringList({QStringLiteral("contact"), QStringLiteral("marketing-preferences")}));
    EXPECT_EQ(categoryNames(reg.value()),
              QStringList({QStringLiteral("Identity"), QStringLiteral("Contact"), QStringLiteral("Education"),
                           QStringLiteral("Financial"), QStringLiteral("Marketing preferences")}));
}

TEST(NoticeImportTest, HtmlTableReadsListItemsAndInterests)
{
    const Result<Register> reg = parseOwn(QStringLiteral("html-table.html"));
    ASSERT_TRUE(reg.ok()) << message(reg).toStdString();
    ASSERT_EQ(reg->activities.size(), 4);
    EXPECT_EQ(reg->activities.at(1).dataCategories,
              QStringList({QStringLiteral("identity"), QStringLiteral("contact"), QStringLiteral("purchase-history")}));
    const LawfulBasis* loyalty = reg->activities.at(1).findBasis(Basis::LegitimateInterests);
    ASSERT_NE(loyalty, nullptr);
    EXPECT_EQ(loyalty->interest, QStringLiteral("to understand which plants our members buy"));
    const LawfulBasis* cctv = reg->activities.at(3).findBasis(Basis::LegitimateInterests);
    ASSERT_NE(cctv, nullptr);
    EXPECT_EQ(cctv->interest, QStringLiteral("to keep customers, staff and stock safe"));
    EXPECT_EQ(reg->activities.at(3).id, QStringLiteral("to-record-cctv-in-the-centres-car-park"));
}

TEST(NoticeImportTest, InlineMarkersAreRemovedFromThePurpose)
{
    const Result<Register> reg = parseOwn(QStringLiteral("daggers.txt"));
    ASSERT_TRUE(reg.ok()) << message(reg).toStdString();
    for (const Activity& activity : reg->activities) {
        EXPECT_FALSE(activity.purpose.contains(QRegularExpression(QStringLiteral(u"[*\u2020\u2021\u00A7\u00B6]"))))
            << activity.purpose.toStdString();
    }
    EXPECT_EQ(basesOf(reg->activities.at(3)), QList<Basis>({Basis::PublicTask}));
}

// ---------------------------------------------------------------------------------------------------------------
// Malformed notices: one sentence, starting with the file label, ending with a full stop.

TEST(NoticeImportTest, NoLegendAndNoTableIsReported)
{
    const Result<Register> reg = parseOwn(QStringLiteral("no-legend.txt"));
    ASSERT_FALSE(reg.ok());
    EXPECT_EQ(reg.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(reg.error().message.startsWith(
        QStringLiteral("no-legend.txt: no purpose list with a lawful-basis legend and no Purpose/Activity table was "
                       "found; ")))
        << message(reg).toStdString();
    EXPECT_TRUE(reg.error().message.endsWith(QLatin1Char('.')));
}

TEST(NoticeImportTest, LegendWithoutMarkedPurposesIsReported)
{
    const Result<Register> reg = parseOwn(QStringLiteral("legend-unused.txt"));
    ASSERT_FALSE(reg.ok());
    EXPECT_EQ(reg.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(
        reg.error().message,
        QStringLiteral("legend-unused.txt: the lawful-basis legend on line 3 defines * for contract, ** for legal "
                       "obligation and *** for legitimate interests, but no purpose line is marked with them."));
}

TEST(NoticeImportTest, MarkerMissingFromTheLegendIsReportedWithItsLine)
{
    const Result<Register> reg = parseOwn(QStringLiteral("undefined-marker.txt"));
    ASSERT_FALSE(reg.ok());
    EXPECT_EQ(reg.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(reg.error().message,
              QStringLiteral("undefined-marker.txt: line 7: marker **** is not defined by the lawful-basis legend on "
                             "line 3, which defines * for contract, ** for legal obligation and *** for legitimate "
                             "interests."));
}

TEST(NoticeImportTest, TableRowWithoutARecognisedBasisIsReportedWithItsLine)
{
    const QString table = QStringLiteral("Purpose/Activity | Type of data | Lawful basis\n"
                                         "---|---|---\n"
                                         "To take orders | (a) Contact | Performance of a contract with you\n"
                                         "To plan deliveries | (a) Contact | As described above\n");
    const Result<Register> reg = formats::NoticeImporter::parse(table, QStringLiteral("table.md"));
    ASSERT_FALSE(reg.ok());
    EXPECT_EQ(reg.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(reg.error().message.startsWith(
        QStringLiteral("table.md: line 4: no lawful basis was recognised in \"As described above\"")))
        << message(reg).toStdString();
}

TEST(NoticeImportTest, UnreadableFileIsAnIoError)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.txt"));
    const Result<Register> reg = formats::NoticeImporter::readFile(path);
    ASSERT_FALSE(reg.ok());
    EXPECT_EQ(reg.error().code, ErrorCode::Io);
    EXPECT_TRUE(reg.error().message.startsWith(QStringLiteral("Cannot read ") + QDir::toNativeSeparators(path) +
                                               QStringLiteral(": ")))
        << message(reg).toStdString();
    EXPECT_TRUE(reg.error().message.endsWith(QLatin1Char('.')));
}

TEST(NoticeImportTest, FileThatIsNotUtf8IsReadAsLatin1)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("latin1.txt"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("We rely on our contract with you* and on our legal obligations**.\n"
                   "- Taking caf\xe9 orders (*)\n"
                   "- Keeping till receipts (**)\n");
    }
    const Result<Register> reg = formats::NoticeImporter::readFile(path);
    ASSERT_TRUE(reg.ok()) << message(reg).toStdString();
    ASSERT_EQ(reg->activities.size(), 2);
    EXPECT_EQ(reg->activities.at(0).purpose, QStringLiteral(u"Taking caf\u00e9 orders"));
    EXPECT_EQ(reg->activities.at(0).id, QStringLiteral("taking-cafe-orders"));
}

TEST(NoticeImportTest, HtmlPurposeListWithSuperscriptMarkersIsRead)
{
    const QString html = QStringLiteral(
        "<html><body>\n"
        "<p>We need it to perform our contract with you<sup>*</sup>, to comply with legal obligations<sup>**</sup>\n"
        "and for our legitimate interests<sup>***</sup>.</p>\n"
        "<ul>\n<li>Quoting for work <sup>(*, ***)</sup></li>\n<li>Keeping &ldquo;accounts&rdquo; (**)</li>\n</ul>\n"
        "</body></html>\n");
    const Result<Register> reg = formats::NoticeImporter::parse(html, QStringLiteral("list.html"));
    ASSERT_TRUE(reg.ok()) << message(reg).toStdString();
    EXPECT_TRUE(
        sameLines({QStringLiteral("Quoting for work (*, ***)"), QStringLiteral(u"Keeping \u201caccounts\u201d (**)")},
                  matrixRows(reg.value())));
}

TEST(NoticeImportTest, LegendWrittenAsAListIsRead)
{
    const QString text = QStringLiteral("Key\n"
                                        "(a) Performance of a contract with you\n"
                                        "(b) Compliance with a legal obligation\n"
                                        "(c) Our legitimate interests\n"
                                        "\n"
                                        "- Quoting for work (a), (c)\n"
                                        "- Keeping accounts (b)\n");
    const Result<Register> reg = formats::NoticeImporter::parse(text, QStringLiteral("key.txt"));
    ASSERT_TRUE(reg.ok()) << message(reg).toStdString();
    EXPECT_TRUE(sameLines({QStringLiteral("Quoting for work (*, ***)"), QStringLiteral("Keeping accounts (**)")},
                          matrixRows(reg.value())));
}

// ---------------------------------------------------------------------------------------------------------------
// Limits: input over them is refused whole, with the file, the line and the limit.

TEST(NoticeImportTest, RepeatedPurposesAreNumberedAsOneByOne)
{
    QString table = QStringLiteral("| Purpose | Lawful basis |\n|---|---|\n");
    const QStringList purposes = {QStringLiteral("Sending invoices"),   QStringLiteral("Sending invoices 2"),
                                  QStringLiteral("Sending invoices"),   QStringLiteral("Sending invoices"),
                                  QStringLiteral("Sending invoices 2"), QStringLiteral("Sending invoices")};
    for (const QString& purpose : purposes) {
        table += QStringLiteral("| ") + purpose + QStringLiteral(" | Contract |\n");
    }
    const Result<Register> reg = formats::NoticeImporter::parse(table, QStringLiteral("same.md"));
    ASSERT_TRUE(reg.ok()) << message(reg).toStdString();
    QStringList ids;
    for (const Activity& activity : reg->activities) {
        ids << activity.id;
    }
    EXPECT_EQ(ids,
              QStringList({QStringLiteral("sending-invoices"), QStringLiteral("sending-invoices-2"),
                           QStringLiteral("sending-invoices-3"), QStringLiteral("sending-invoices-4"),
                           QStringLiteral("sending-invoices-2-2"), QStringLiteral("sending-invoices-5")}));
    // The same ids as the one-at-a-time maker gives with one growing set.
    QSet<QString> used;
    QStringList oneByOne;
    for (const QString& purpose : purposes) {
        oneByOne << IdMaker::unique(purpose, QStringLiteral("activity"), used);
    }
    EXPECT_EQ(ids, oneByOne);
}

TEST(NoticeImportTest, PurposeOverTheLimitIsRefusedWithItsLine)
{
    const QString text = QStringLiteral("We rely on our contract with you* and on our legal obligations**.\n"
                                        "- Taking orders (*)\n- ") +
        QString(1500, QLatin1Char('x')) + QStringLiteral(" (**)\n");
    const Result<Register> reg = formats::NoticeImporter::parse(text, QStringLiteral("notice.md"));
    ASSERT_FALSE(reg.ok());
    EXPECT_EQ(reg.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(reg.error().message,
              QStringLiteral("notice.md: line 3: the purpose is 1,500 characters long; at most 1,000 are allowed."));
}

TEST(NoticeImportTest, TablePurposeOverTheLimitIsRefusedWithItsLine)
{
    const QString text = QStringLiteral("| Purpose | Lawful basis |\n|---|---|\n| Taking orders | Contract |\n| ") +
        QString(2000, QLatin1Char('y')) + QStringLiteral(" | Contract |\n");
    const Result<Register> reg = formats::NoticeImporter::parse(text, QStringLiteral("notice.md"));
    ASSERT_FALSE(reg.ok());
    EXPECT_EQ(reg.error().message,
              QStringLiteral("notice.md: line 4: the purpose is 2,000 characters long; at most 1,000 are allowed."));
}

TEST(NoticeImportTest, DeviceIsRefusedBeforeAnyReading)
{
    if (!QFile::exists(QStringLiteral("/dev/zero"))) {
        GTEST_SKIP() << "no /dev/zero here";
    }
    const Result<Register> reg = formats::NoticeImporter::readFile(QStringLiteral("/dev/zero"));
    ASSERT_FALSE(reg.ok());
    EXPECT_EQ(reg.error().code, ErrorCode::Io);
    EXPECT_EQ(reg.error().message, QStringLiteral("/dev/zero is not a regular file."));
}

TEST(NoticeImportTest, FileOverFiveMegabytesIsRefusedStatingTheLimit)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("big.md"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        ASSERT_TRUE(file.resize(qint64{7} * 1024 * 1024 + 200 * 1024));
    }
    const Result<Register> reg = formats::NoticeImporter::readFile(path);
    ASSERT_FALSE(reg.ok());
    EXPECT_EQ(reg.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(reg.error().message,
              QDir::toNativeSeparators(path) + QStringLiteral(" is 7.2 MB; at most 5 MB can be imported."));
}

// Emphasis is still taken off where it opens before a letter and closes after one, and left where it does not.
TEST(NoticeImportTest, EmphasisAndLinksAreStrippedAsBefore)
{
    const QString text = QStringLiteral("We rely on our contract with you* and on our legal obligations**.\n"
                                        "- **Taking** __orders__ for [windows](https://example.com \"w\") (*)\n"
                                        "- Keeping *accounts* (**)\n");
    const Result<Register> reg = formats::NoticeImporter::parse(text, QStringLiteral("emphasis.md"));
    ASSERT_TRUE(reg.ok()) << message(reg).toStdString();
    ASSERT_EQ(reg->activities.size(), 2);
    EXPECT_EQ(reg->activities.at(0).purpose, QStringLiteral("Taking orders for windows"));
    EXPECT_EQ(reg->activities.at(1).purpose, QStringLiteral("Keeping accounts"));
    // An opening mark with no closing one is text.
    EXPECT_EQ(formats::NoticeText::stripMarkdown(QStringLiteral("**Taking** orders *a *b")),
              QStringLiteral("Taking orders *a *b"));
    EXPECT_EQ(formats::NoticeText::stripMarkdown(QStringLiteral("[[a](b")), QStringLiteral("[[a](b"));
    EXPECT_EQ(formats::NoticeText::stripMarkdown(QStringLiteral("[x [y](z) w")), QStringLiteral("x [y w"));
}

} // namespace
