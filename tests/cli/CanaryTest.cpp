// The canary test: a register with a unique string in every text field of every entity is imported with ropa-cli,
// then written in every format ropa-cli has, with the temporary folder, home, caches, runtime folder and working
// directory all pointed at folders of the test. While it runs those folders are watched and afterwards every file in
// them is read: nothing but the chosen output may be made there, and no file but the chosen output may hold a
// canary (as UTF-8, UTF-16 or base64). The chosen output does hold it, so the test sees what it looks for.
#include "FolderWatch.h"
#include "PdfText.h"
#include "TestSupport.h"
#include "formats/RegisterJsonWriter.h"
#include "report/DocumentKind.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QUuid>
#include <gtest/gtest.h>
#include <iostream>

using namespace ropa;

namespace {

// A register whose every text field holds "<marker>n<N>n", with the name of each field by N.
struct CanaryRegister
{
    QString marker;
    Register reg;
    QMap<int, QString> fields; // N -> "activities[0].purpose"

    QString value(int n) const { return QStringLiteral("%1n%2n").arg(marker).arg(n); }
};

CanaryRegister makeCanaryRegister()
{
    CanaryRegister c;
    c.marker = QStringLiteral("canary") + QUuid::createUuid().toString(QUuid::Id128);
    c.reg = test::fullRegister();
    Register& reg = c.reg;
    auto mark = [&c](QString& field, const QString& name) {
        const int n = static_cast<int>(c.fields.size()) + 1;
        c.fields.insert(n, name);
        field = c.value(n);
    };
    auto at = [](const char* list, qsizetype i, const char* field) {
        return QStringLiteral("%1[%2].%3").arg(QLatin1StringView(list)).arg(i).arg(QLatin1StringView(field));
    };
    mark(reg.controller.name, QStringLiteral("controller.name"));
    mark(reg.controller.address, QStringLiteral("controller.address"));
    mark(reg.controller.email, QStringLiteral("controller.email"));
    mark(reg.controller.phone, QStringLiteral("controller.phone"));
    mark(reg.controller.dpo, QStringLiteral("controller.dpo"));
    mark(reg.controller.representative, QStringLiteral("controller.representative"));
    mark(reg.controller.icoRegistration, QStringLiteral("controller.ico_registration"));
    mark(reg.reviewedBy, QStringLiteral("reviewed_by"));

    // Ids are text too; every reference follows its entry's new id.
    QHash<QString, QString> renamed;
    auto markId = [&](QString& id, const QString& name) {
        const QString old = id;
        mark(id, name);
        renamed.insert(old, id);
    };
    for (qsizetype i = 0; i < reg.dataCategories.size(); ++i) {
        DataCategory& d = reg.dataCategories[i];
        markId(d.id, at("data_categories", i, "id"));
        mark(d.name, at("data_categories", i, "name"));
        mark(d.description, at("data_categories", i, "description"));
    }
    for (qsizetype i = 0; i < reg.subjectCategories.size(); ++i) {
        markId(reg.subjectCategories[i].id, at("subject_categories", i, "id"));
        mark(reg.subjectCategories[i].name, at("subject_categories", i, "name"));
    }
    for (qsizetype i = 0; i < reg.recipients.size(); ++i) {
        Recipient& r = reg.recipients[i];
        markId(r.id, at("recipients", i, "id"));
        mark(r.name, at("recipients", i, "name"));
        mark(r.country, at("recipients", i, "country"));
        mark(r.purpose, at("recipients", i, "purpose"));
        mark(r.contract, at("recipients", i, "contract"));
    }
    for (qsizetype i = 0; i < reg.sources.size(); ++i) {
        markId(reg.sources[i].id, at("sources", i, "id"));
        mark(reg.sources[i].name, at("sources", i, "name"));
    }
    for (qsizetype i = 0; i < reg.retentionRules.size(); ++i) {
        RetentionRule& r = reg.retentionRules[i];
        markId(r.id, at("retention_rules", i, "id"));
        mark(r.description, at("retention_rules", i, "description"));
        mark(r.trigger, at("retention_rules", i, "trigger"));
    }
    auto follow = [&renamed](QStringList& ids) {
        for (QString& id : ids) {
            id = renamed.value(id);
        }
    };
    for (qsizetype i = 0; i < reg.activities.size(); ++i) {
        Activity& a = reg.activities[i];
        mark(a.id, at("activities", i, "id"));
        mark(a.purpose, at("activities", i, "purpose"));
        mark(a.description, at("activities", i, "description"));
        mark(a.businessFunction, at("activities", i, "business_function"));
        QString condition;
        mark(condition, at("activities", i, "special_condition"));
        a.specialCondition = condition;
        mark(a.schedule1Condition, at("activities", i, "schedule1_condition"));
        mark(a.policyDocument, at("activities", i, "policy_document"));
        mark(a.securityMeasures, at("activities", i, "security_measures"));
        mark(a.dpiaScreening.reference, at("activities", i, "dpia_screening.reference"));
        mark(a.automatedDecisions.safeguards, at("activities", i, "automated_decisions.safeguards"));
        mark(a.reviewedBy, at("activities", i, "reviewed_by"));
        for (qsizetype j = 0; j < a.bases.size(); ++j) {
            LawfulBasis& b = a.bases[j];
            const QString place = at("activities", i, "bases") + QStringLiteral("[%1].").arg(j);
            if (b.basis == Basis::LegitimateInterests) {
                mark(b.interest, place + QStringLiteral("interest"));
                mark(b.assessment.purposeTest, place + QStringLiteral("assessment.purpose_test"));
                mark(b.assessment.necessityTest, place + QStringLiteral("assessment.necessity_test"));
                mark(b.assessment.balancingTest, place + QStringLiteral("assessment.balancing_test"));
                mark(b.assessment.reviewer, place + QStringLiteral("assessment.reviewer"));
                mark(b.assessment.reference, place + QStringLiteral("assessment.reference"));
            }
            if (b.basis == Basis::LegalObligation) {
                mark(b.law, place + QStringLiteral("law"));
            }
            if (b.basis == Basis::Consent) {
                mark(b.consent.howObtained, place + QStringLiteral("consent.how_obtained"));
                mark(b.consent.howWithdrawn, place + QStringLiteral("consent.how_withdrawn"));
                mark(b.consent.whereKept, place + QStringLiteral("consent.where_kept"));
            }
        }
        for (qsizetype j = 0; j < a.transfers.size(); ++j) {
            mark(a.transfers[j].country, at("activities", i, "transfers") + QStringLiteral("[%1].country").arg(j));
            mark(a.transfers[j].safeguard, at("activities", i, "transfers") + QStringLiteral("[%1].safeguard").arg(j));
        }
        follow(a.dataCategories);
        follow(a.subjectCategories);
        follow(a.recipients);
        follow(a.sources);
        if (a.retention) {
            a.retention = renamed.value(*a.retention);
        }
    }
    return c;
}

// The forms the marker takes in a file that holds it: UTF-8, UTF-16 either way round, and base64 at each of the
// three alignments (the part of the encoding that does not depend on the bytes around it).
QList<QByteArray> markerForms(const QString& marker)
{
    const QByteArray utf8 = marker.toUtf8();
    QList<QByteArray> forms{utf8};
    QByteArray le;
    QByteArray be;
    for (const QChar ch : marker) {
        le.append(static_cast<char>(ch.unicode() & 0xff)).append(static_cast<char>(ch.unicode() >> 8));
        be.append(static_cast<char>(ch.unicode() >> 8)).append(static_cast<char>(ch.unicode() & 0xff));
    }
    forms << le << be;
    for (int shift = 0; shift < 3; ++shift) {
        const QByteArray encoded = QByteArray(QByteArray(shift, 'x') + utf8).toBase64();
        const qsizetype start = shift == 0 ? 0 : 4;
        const qsizetype end = (shift + utf8.size()) / 3 * 4;
        forms << encoded.mid(start, end - start);
    }
    return forms;
}

QStringList filesUnder(const QString& folder)
{
    QStringList files;
    for (QDirIterator it(folder, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
         it.hasNext();) {
        files << it.next();
    }
    files.sort();
    return files;
}

QStringList entriesUnder(const QString& folder)
{
    QStringList entries;
    for (QDirIterator it(folder, QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot,
                         QDirIterator::Subdirectories);
         it.hasNext();) {
        entries << QDir(folder).relativeFilePath(it.next());
    }
    entries.sort();
    return entries;
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

class CanaryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_sandbox.isValid());
        for (const char* name : {"tmp", "home", "cache", "config", "data", "runtime", "cwd"}) {
            const QString folder = m_sandbox.filePath(QLatin1StringView(name));
            ASSERT_TRUE(QDir().mkpath(folder));
            m_quiet << folder;
        }
        // Qt refuses a runtime folder others can read.
        QFile::setPermissions(m_quiet.at(5), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        for (const char* name : {"register", "out", "input"}) {
            ASSERT_TRUE(QDir().mkpath(m_sandbox.filePath(QLatin1StringView(name))));
        }
    }

    QString folder(const char* name) const { return m_sandbox.filePath(QLatin1StringView(name)); }

    // ropa-cli with every folder it could write to pointed into the sandbox, watched while it runs; whatever the
    // watch saw in those folders is added to m_events.
    CliRun cli(const QStringList& arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        for (const auto& [name, value] : std::initializer_list<std::pair<const char*, QString>>{
                 {"TMPDIR", folder("tmp")},
                 {"TMP", folder("tmp")},
                 {"TEMP", folder("tmp")},
                 {"HOME", folder("home")},
                 {"XDG_CACHE_HOME", folder("cache")},
                 {"XDG_CONFIG_HOME", folder("config")},
                 {"XDG_DATA_HOME", folder("data")},
                 {"XDG_RUNTIME_DIR", folder("runtime")},
                 {"QT_QPA_PLATFORM", QStringLiteral("offscreen")},
                 {"ROPA_PASSPHRASE", QString::fromUtf8(test::kPassphrase)}}) {
            env.insert(QLatin1StringView(name), value);
        }
        process.setProcessEnvironment(env);
        process.setWorkingDirectory(folder("cwd"));
        process.setStandardInputFile(QProcess::nullDevice());
        test::FolderWatch watch(m_quiet);
        EXPECT_TRUE(watch.isActive()) << "inotify is not available";
        process.start(QStringLiteral(ROPA_CLI_PATH), arguments);
        const bool finished = process.waitForFinished(120000);
        EXPECT_TRUE(finished) << "ropa-cli " << arguments.join(QLatin1Char(' ')).toStdString() << " did not finish";
        for (const QString& event : watch.events()) {
            m_events << QStringLiteral("ropa-cli %1: %2").arg(arguments.constFirst(), event);
        }
        return {process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1,
                QString::fromUtf8(process.readAllStandardOutput()), QString::fromUtf8(process.readAllStandardError())};
    }

    QTemporaryDir m_sandbox;
    QStringList m_quiet; // folders nothing may be written to
    QStringList m_events;
};

TEST_F(CanaryTest, NoExportLeavesRegisterTextOutsideTheChosenOutput)
{
    const CanaryRegister canary = makeCanaryRegister();
    const QList<QByteArray> forms = markerForms(canary.marker);
    const QString registerPath = QDir(folder("register")).filePath(QStringLiteral("canary.ropa"));

    // The watch itself works: a file made in a watched folder is seen, even when it is gone again.
    {
        test::FolderWatch watch(m_quiet);
        const QString probe = QDir(m_quiet.constFirst()).filePath(QStringLiteral("probe"));
        QFile(probe).open(QIODevice::WriteOnly);
        QFile::remove(probe);
        ASSERT_FALSE(watch.events().isEmpty()) << "the folder watch saw nothing";
    }

    const QString source = QDir(folder("input")).filePath(QStringLiteral("canary.ropa.json"));
    {
        QFile json(source);
        ASSERT_TRUE(json.open(QIODevice::WriteOnly));
        json.write(formats::RegisterJsonWriter::write(canary.reg));
    }
    const CliRun imported = cli({QStringLiteral("import"), registerPath, source});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();
    ASSERT_TRUE(QFile::remove(source));

    // Every document ropa-cli writes, each into a folder of its own, so that anything beside it shows.
    QMap<QString, QStringList> missing; // format -> fields that did not reach it
    int exports = 0;
    for (const report::DocumentKind& kind : report::DocumentKind::all()) {
        const QString name = kind.command + QLatin1Char('-') + kind.format + kind.suffix();
        SCOPED_TRACE(name.toStdString());
        const QString outFolder = QDir(folder("out")).filePath(name);
        ASSERT_TRUE(QDir().mkpath(outFolder));
        const QString output = QDir(outFolder).filePath(kind.fileName);
        const CliRun run =
            cli({kind.command, registerPath, QStringLiteral("--format"), kind.format, QStringLiteral("-o"), output});
        ASSERT_EQ(run.exitCode, 0) << run.err.toStdString();
        EXPECT_EQ(entriesUnder(outFolder), QStringList{kind.fileName});
        ++exports;

        // The output holds the canary where it can be read: as it is, through pdftotext, or unpacked.
        QByteArray text = test::readBytes(output);
        if (kind.isPdf()) {
            text = test::pdfFlatText(output).remove(QLatin1Char(' ')).toUtf8();
        } else if (kind.type == report::DocumentKind::Type::IcoXlsx) {
            QProcess unzip;
            unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), output});
            if (!unzip.waitForFinished(60000) || unzip.exitCode() != 0) {
                ADD_FAILURE() << "unzip cannot read " << output.toStdString();
            }
            text = unzip.readAllStandardOutput();
        }
        EXPECT_TRUE(text.contains(canary.marker.toUtf8())) << output.toStdString() << " holds no canary";
        for (auto it = canary.fields.cbegin(); it != canary.fields.cend(); ++it) {
            // Ids name entries inside the register; documents show names, so ids are not looked for.
            if (!it.value().endsWith(QLatin1StringView(".id")) && !text.contains(canary.value(it.key()).toUtf8())) {
                missing[name] << it.value();
            }
        }
    }
    EXPECT_EQ(exports, 12) << "a document kind was added or removed: check that this test still covers all";
    EXPECT_TRUE(missing.value(QStringLiteral("export-json.ropa.json")).isEmpty())
        << "the JSON export is lossless, yet lacks "
        << missing.value(QStringLiteral("export-json.ropa.json")).join(QStringLiteral(", ")).toStdString();
    for (auto it = missing.cbegin(); it != missing.cend(); ++it) {
        std::cout << "canary: " << it.key().toStdString() << " does not show " << it.value().size() << " of "
                  << canary.fields.size()
                  << " fields (ids aside): " << it.value().join(QStringLiteral(", ")).toStdString() << std::endl;
    }

    // The commands that write the register itself, where this ropa-cli has them: an encrypted backup must hold no
    // canary either (the scan below reads it), and verifying writes nothing anywhere.
    const CliRun help = cli({QStringLiteral("--help")});
    if (help.out.contains(QStringLiteral("  backup "))) {
        const QString backupFolder = QDir(folder("out")).filePath(QStringLiteral("backup"));
        ASSERT_TRUE(QDir().mkpath(backupFolder));
        const CliRun backup =
            cli({QStringLiteral("backup"), registerPath, QDir(backupFolder).filePath(QStringLiteral("copy.ropa"))});
        EXPECT_EQ(backup.exitCode, 0) << backup.err.toStdString();
    } else {
        std::cout << "canary: this ropa-cli has no backup command" << std::endl;
    }
    if (help.out.contains(QStringLiteral("  verify "))) {
        const CliRun verify = cli({QStringLiteral("verify"), registerPath});
        EXPECT_EQ(verify.exitCode, 0) << verify.err.toStdString();
    }

    // Nothing was written where nothing should be, not even for a moment; nothing is there now.
    EXPECT_TRUE(m_events.isEmpty()) << m_events.join(QLatin1Char('\n')).toStdString();
    for (const QString& quiet : std::as_const(m_quiet)) {
        EXPECT_EQ(entriesUnder(quiet), QStringList()) << quiet.toStdString();
    }
    // Beside the register there may be its own files (a lock, a journal, backups); they are scanned below.

    // No file in the sandbox but the chosen outputs holds a canary in any form: the register file is encrypted.
    QStringList outputs;
    for (const report::DocumentKind& kind : report::DocumentKind::all()) {
        outputs << QDir(QDir(folder("out")).filePath(kind.command + QLatin1Char('-') + kind.format + kind.suffix()))
                       .filePath(kind.fileName);
    }
    int scanned = 0;
    for (const QString& file : filesUnder(m_sandbox.path())) {
        if (outputs.contains(file)) {
            continue;
        }
        ++scanned;
        const QByteArray bytes = test::readBytes(file);
        for (const QByteArray& form : forms) {
            EXPECT_FALSE(bytes.contains(form)) << file.toStdString() << " holds the canary as " << form.toStdString();
        }
    }
    EXPECT_GE(scanned, 1) << "the register file itself is scanned";
}

} // namespace
