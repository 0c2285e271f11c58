#include "session/RegisterDocument.h"

#include "FileSizeLimit.h"
#include "TestSupport.h"
#include "checks/ReviewDue.h"
#include "formats/DemoRegister.h"
#include "report/LawfulBasisMatrix.h"
#include "session/AuditAction.h"
#include "session/RegisterLocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace ropa;

namespace {

// Every edit goes through the undo stack and is in the file at once: each check reopens the file.
class RegisterDocumentTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("kjm.ropa"));
        m_document = test::openDemoDocument(m_path);
        ASSERT_TRUE(m_document);
    }

    // The register as the database holds it, not as the document has it in memory.
    Register stored() { return m_document->storedRegister().value(); }

    // The register as a fresh opening of the file finds it, once the document has closed.
    Register reopened()
    {
        m_document.reset();
        Result<store::RegisterSnapshot> snapshot = session::RegisterLocation(m_path).read(test::kPassphrase);
        EXPECT_TRUE(snapshot.ok());
        return snapshot ? snapshot->reg : Register{};
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<session::RegisterDocument> m_document;
};

TEST(RegisterDocumentCreateTest, CreatesTheFileOpensItAndNeverOverwrites)
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.ropa"));
    const Register demo = formats::DemoRegister::load().value();
    auto created = session::RegisterDocument::create(path, test::kPassphrase, demo);
    ASSERT_TRUE(created.ok()) << created.error().message.toStdString();
    EXPECT_EQ(created.value()->reg(), demo);
    EXPECT_EQ(created.value()->storedRegister().value(), demo);
    created.value()->setBasis(0, Basis::Consent, true); // editable at once
    created.value().reset();

    const QByteArray before = test::sha256OfFile(path);
    EXPECT_FALSE(session::RegisterDocument::create(path, test::kPassphrase, Register{}).ok());
    EXPECT_EQ(test::sha256OfFile(path), before);
    auto reopened = session::RegisterDocument::open(path, test::kPassphrase);
    ASSERT_TRUE(reopened.ok());
    EXPECT_TRUE(reopened.value()->reg().activities.at(0).hasBasis(Basis::Consent));
}

TEST_F(RegisterDocumentTest, ChangingABasisIsSavedAtOnceAndUndoable)
{
    QSignalSpy changed(m_document.get(), &session::RegisterDocument::activityChanged);
    m_document->setBasis(4, Basis::Consent, true);
    EXPECT_EQ(changed.count(), 1);
    EXPECT_EQ(m_document->undoStack()->undoText(), QStringLiteral("Change basis of 'Verifying your identity'"));
    EXPECT_TRUE(m_document->reg().activities.at(4).hasBasis(Basis::Consent));

    // Another document on the same file would be refused, so check through a fresh open after this one closes.
    QUndoStack* stack = m_document->undoStack();
    stack->undo();
    EXPECT_FALSE(m_document->reg().activities.at(4).hasBasis(Basis::Consent));
    stack->redo();
    const Register reg = reopened();
    EXPECT_EQ(report::LawfulBasisMatrix(reg).rowText(report::LawfulBasisMatrix(reg).rows().at(4)),
              QStringLiteral("Verifying your identity (*, **, ***, ****)"));
}

TEST_F(RegisterDocumentTest, UndoRestoresTheFileAsWell)
{
    m_document->setBasis(0, Basis::Contract, false);
    m_document->undoStack()->undo();
    EXPECT_EQ(stored(), formats::DemoRegister::load().value());
    EXPECT_EQ(reopened(), formats::DemoRegister::load().value());
}

TEST_F(RegisterDocumentTest, InsertRemoveAndMoveKeepTheFileInStep)
{
    Activity added;
    added.id = QStringLiteral("newsletter");
    added.purpose = QStringLiteral("Sending our newsletter");
    added.bases = {{Basis::Consent}};
    m_document->insertActivity(2, added);
    EXPECT_EQ(stored().activities.at(2).purpose, QStringLiteral("Sending our newsletter"));
    EXPECT_EQ(stored().activities.size(), 20);

    m_document->moveActivity(2, 0);
    EXPECT_EQ(stored().activities.at(0).id, QStringLiteral("newsletter"));
    m_document->undoStack()->undo(); // the move
    EXPECT_EQ(stored().activities.at(2).id, QStringLiteral("newsletter"));

    m_document->removeActivity(2);
    EXPECT_EQ(stored(), formats::DemoRegister::load().value());
    m_document->undoStack()->undo(); // the removal
    EXPECT_EQ(stored().activities.at(2).id, QStringLiteral("newsletter"));
    EXPECT_EQ(reopened().activities.at(2).id, QStringLiteral("newsletter"));
}

TEST_F(RegisterDocumentTest, AnEditTheFileRefusesChangesNothingAndSaysWhy)
{
    QSignalSpy failed(m_document.get(), &session::RegisterDocument::saveFailed);
    Activity broken = m_document->reg().activities.at(0);
    broken.dataCategories << QStringLiteral("no-such-category"); // the file's foreign keys refuse it
    m_document->changeActivity(0, broken, QStringLiteral("Break it"));
    EXPECT_EQ(failed.count(), 1);
    EXPECT_EQ(m_document->undoStack()->count(), 0) << "a refused edit leaves nothing to undo";
    EXPECT_EQ(m_document->reg(), formats::DemoRegister::load().value());
    EXPECT_EQ(stored(), formats::DemoRegister::load().value());
}

TEST_F(RegisterDocumentTest, ARefusedEditLeavesTheEarlierHistoryAlone)
{
    m_document->setBasis(0, Basis::Consent, true);
    Activity broken = m_document->reg().activities.at(1);
    broken.recipients << QStringLiteral("no-such-recipient");
    m_document->changeActivity(1, broken, QStringLiteral("Break it"));
    ASSERT_EQ(m_document->undoStack()->count(), 1);
    EXPECT_EQ(m_document->undoStack()->undoText(), QStringLiteral("Change basis of 'Providing our services'"));
    m_document->undoStack()->undo();
    EXPECT_EQ(reopened(), formats::DemoRegister::load().value());
}

TEST_F(RegisterDocumentTest, AnUndoThatCannotBeSavedChangesNothingAndClearsTheHistoryItNoLongerMatches)
{
    if (!test::FileSizeLimit::supported()) {
        GTEST_SKIP() << "this system cannot limit the size of the files a process writes";
    }
    m_document->setBasis(0, Basis::Consent, true);
    m_document->setBasis(1, Basis::Consent, true);
    ASSERT_EQ(m_document->undoStack()->count(), 2);
    const Register edited = m_document->reg();
    QSignalSpy failed(m_document.get(), &session::RegisterDocument::saveFailed);
    {
        const test::FileSizeLimit diskFull;
        m_document->undoStack()->undo();
    }
    ASSERT_EQ(failed.count(), 1);
    EXPECT_TRUE(failed.at(0).at(0).toString().contains(QStringLiteral("undo history")))
        << failed.at(0).at(0).toString().toStdString();
    EXPECT_EQ(m_document->reg(), edited) << "memory stays with the file";
    EXPECT_EQ(stored(), edited);
    // The history is dropped once the stack has finished with the failed command.
    QCoreApplication::processEvents();
    EXPECT_EQ(m_document->undoStack()->count(), 0);
    EXPECT_FALSE(m_document->undoStack()->canUndo());

    // The register goes on working once the disk has room again.
    m_document->setBasis(2, Basis::Consent, true);
    EXPECT_EQ(failed.count(), 1);
    EXPECT_TRUE(reopened().activities.at(2).hasBasis(Basis::Consent));
}

TEST_F(RegisterDocumentTest, AnEditAfterTheFileWasDeletedSaysSoInWordsAndKeepsTheTypedText)
{
    // Deleting (or renaming) the file under an open connection makes SQLite refuse the next write, for root too.
    ASSERT_TRUE(QFile::remove(m_path));
    QSignalSpy failed(m_document.get(), &session::RegisterDocument::saveFailed);
    Activity changed = m_document->reg().activities.at(0);
    changed.purpose = QStringLiteral("Fitting windows and doors");
    changed.securityMeasures = QStringLiteral("Locked filing cabinet");
    m_document->changeActivity(0, changed, QStringLiteral("Change purpose"));
    ASSERT_EQ(failed.count(), 1);
    const QString message = failed.at(0).at(0).toString();
    EXPECT_TRUE(message.startsWith(QStringLiteral("The register file can no longer be written: it was moved, deleted "
                                                  "or made read-only. Your last change was not saved.")))
        << message.toStdString();
    EXPECT_TRUE(m_document->storeUnwritable());
    EXPECT_EQ(m_document->unsavedText(),
              QStringLiteral("Purpose: Fitting windows and doors\nSecurity measures: Locked filing cabinet"));
    EXPECT_EQ(m_document->reg(), formats::DemoRegister::load().value()) << "memory stays with what is saved";
    EXPECT_EQ(m_document->undoStack()->count(), 0);
}

TEST_F(RegisterDocumentTest, ARefusedEditThatIsNotAboutTheFileSaysTheStoresSentence)
{
    QSignalSpy failed(m_document.get(), &session::RegisterDocument::saveFailed);
    Activity broken = m_document->reg().activities.at(0);
    broken.dataCategories << QStringLiteral("no-such-category");
    m_document->changeActivity(0, broken, QStringLiteral("Break it"));
    ASSERT_EQ(failed.count(), 1);
    EXPECT_FALSE(m_document->storeUnwritable());
    EXPECT_FALSE(failed.at(0).at(0).toString().contains(QStringLiteral("can no longer be written")));
}

TEST_F(RegisterDocumentTest, TheHistoryOutlivesADetachedStoreAndUndoesIntoTheFileAfterReattaching)
{
    m_document->setBasis(0, Basis::Consent, true);
    m_document->setBasis(1, Basis::Consent, true);
    m_document->detachStore();
    EXPECT_FALSE(m_document->isStoreAttached());
    EXPECT_EQ(m_document->path(), m_path);
    EXPECT_FALSE(m_document->storedRegister().ok());

    // The file is free while detached: a fresh opening works, and the document takes its store.
    auto fresh = session::RegisterDocument::open(m_path, test::kPassphrase);
    ASSERT_TRUE(fresh.ok()) << fresh.error().message.toStdString();
    ASSERT_TRUE(m_document->reattach(*fresh.value()).ok());
    fresh.value().reset();
    ASSERT_EQ(m_document->undoStack()->count(), 2);
    m_document->undoStack()->undo();
    m_document->undoStack()->undo();
    EXPECT_EQ(stored(), formats::DemoRegister::load().value());
    m_document->undoStack()->redo();
    EXPECT_TRUE(reopened().activities.at(0).hasBasis(Basis::Consent));
}

TEST_F(RegisterDocumentTest, ReattachingRefusesAFileChangedElsewhereWhileDetached)
{
    m_document->setBasis(0, Basis::Consent, true);
    m_document->detachStore();
    {
        auto other = session::RegisterDocument::open(m_path, test::kPassphrase);
        ASSERT_TRUE(other.ok());
        other.value()->setBasis(2, Basis::Consent, true);
    }
    auto fresh = session::RegisterDocument::open(m_path, test::kPassphrase);
    ASSERT_TRUE(fresh.ok());
    const Status attached = m_document->reattach(*fresh.value());
    ASSERT_FALSE(attached.ok());
    EXPECT_TRUE(attached.error().message.contains(QStringLiteral("was changed elsewhere while it was locked")))
        << attached.error().message.toStdString();
    EXPECT_FALSE(m_document->isStoreAttached());
    EXPECT_TRUE(fresh.value()->isStoreAttached()) << "the fresh opening keeps its store for the caller";
    EXPECT_TRUE(fresh.value()->reg().activities.at(2).hasBasis(Basis::Consent));
}

TEST_F(RegisterDocumentTest, EveryEditIsAnAuditEntry)
{
    m_document->setBasis(0, Basis::Consent, true);
    m_document->undoStack()->undo();
    const QString actor = m_document->actor();
    m_document.reset();
    auto repository = session::RegisterLocation(m_path).open(test::kPassphrase);
    ASSERT_TRUE(repository.ok());
    const QList<store::AuditEntry> entries = repository.value()->auditLog().value();
    ASSERT_GE(entries.size(), 3);
    // The log keeps a code and its arguments, never the words of the Edit menu.
    const store::AuditEntry& change = entries.at(entries.size() - 2);
    EXPECT_EQ(change.action, QStringLiteral("activity.change"));
    EXPECT_EQ(change.arguments().value(QStringLiteral("id")).toString(), QStringLiteral("providing-services"));
    EXPECT_EQ(change.arguments().value(QStringLiteral("fields")).toArray(), QJsonArray{QStringLiteral("bases")});
    EXPECT_EQ(change.actor, actor);
    EXPECT_EQ(entries.last().action, QStringLiteral("activity.change"));
    EXPECT_TRUE(entries.last().arguments().value(QStringLiteral("undo")).toBool());
    EXPECT_EQ(session::AuditAction::sentence(change),
              QStringLiteral("Changed the lawful bases of 'Providing our services'"));
    EXPECT_EQ(session::AuditAction::sentence(entries.last()),
              QStringLiteral("Undid: Changed the lawful bases of 'Providing our services'"));
    EXPECT_FALSE(repository.value()->verifyAuditLog().value().has_value());
}

TEST_F(RegisterDocumentTest, DeletingARecipientRemovesItFromTheActivitiesThatUseItAndUndoes)
{
    using Kind = Catalogue::Kind;
    const Register demo = formats::DemoRegister::load().value();
    const qsizetype ggf = Catalogue::indexOf(demo, Kind::Recipients, QStringLiteral("ggf"));
    ASSERT_EQ(ggf, 1);
    const QList<qsizetype> users = Catalogue::usedBy(demo, Kind::Recipients, QStringLiteral("ggf"));
    ASSERT_EQ(users.size(), 2);
    EXPECT_EQ(demo.activities.at(users.at(0)).purpose,
              QStringLiteral("Put in place the necessary insurance backed guarantees"));

    QSignalSpy activityChanged(m_document.get(), &session::RegisterDocument::activityChanged);
    m_document->removeCatalogueEntry(Kind::Recipients, ggf);
    EXPECT_EQ(activityChanged.count(), 2);
    EXPECT_EQ(m_document->undoStack()->undoText(), QStringLiteral("Delete recipient 'Glass and Glazing Federation'"));
    for (const Register& reg : {m_document->reg(), stored()}) {
        EXPECT_EQ(reg.recipients.size(), demo.recipients.size() - 1);
        EXPECT_EQ(Catalogue::indexOf(reg, Kind::Recipients, QStringLiteral("ggf")), -1);
        EXPECT_EQ(reg.activities.at(users.at(0)).recipients, QStringList{QStringLiteral("fabricator")});
        EXPECT_EQ(reg.activities.at(users.at(1)).recipients, QStringList{QStringLiteral("fabricator")});
    }
    m_document->undoStack()->undo();
    EXPECT_EQ(m_document->reg(), demo);
    EXPECT_EQ(stored(), demo);
    m_document->undoStack()->redo();
    EXPECT_EQ(reopened().recipients.size(), demo.recipients.size() - 1);
}

TEST_F(RegisterDocumentTest, CatalogueFieldsAreEditedAddedAndCopiedThroughTheUndoStack)
{
    using Kind = Catalogue::Kind;
    const qsizetype analytics =
        Catalogue::indexOf(m_document->reg(), Kind::Recipients, QStringLiteral("google-analytics"));
    QSignalSpy failed(m_document.get(), &session::RegisterDocument::saveFailed);
    m_document->setCatalogueValue(Kind::Recipients, analytics, QStringLiteral("kind"),
                                  QStringLiteral("joint_controller"));
    ASSERT_EQ(failed.count(), 0) << failed.value(0).value(0).toString().toStdString();
    EXPECT_EQ(m_document->undoStack()->undoText(), QStringLiteral("Change role of recipient 'Google Analytics'"));
    EXPECT_EQ(stored().recipients.at(analytics).kind, RecipientKind::JointController);
    EXPECT_EQ(Catalogue::displayValue(stored(), Kind::Recipients, analytics, QStringLiteral("kind")),
              QStringLiteral("Joint controller"));

    const QString id = m_document->insertCatalogueEntry(Kind::Sources, 0, QStringLiteral("Trade shows"));
    EXPECT_EQ(id, QStringLiteral("trade-shows"));
    EXPECT_EQ(stored().sources.at(0).name, QStringLiteral("Trade shows"));
    const QString copy = m_document->insertCatalogueEntry(Kind::Sources, 1, QStringLiteral("Trade shows"), 0);
    EXPECT_EQ(copy, QStringLiteral("trade-shows-2"));
    EXPECT_EQ(m_document->undoStack()->undoText(), QStringLiteral("Duplicate source 'Trade shows'"));

    m_document->setCatalogueValue(Kind::RetentionRules, 0, QStringLiteral("period"), QStringLiteral("P18M"));
    EXPECT_EQ(Catalogue::displayValue(stored(), Kind::RetentionRules, 0, QStringLiteral("period")),
              QStringLiteral("18 months"));

    while (m_document->undoStack()->canUndo()) {
        m_document->undoStack()->undo();
    }
    EXPECT_EQ(reopened(), formats::DemoRegister::load().value());
}

} // namespace

#include "itemmodels/MatrixModel.h"

#include <QAbstractItemModelTester>

namespace {

TEST_F(RegisterDocumentTest, MatrixCellTogglesABasisThroughTheUndoStack)
{
    itemmodels::MatrixModel model(*m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 19);
    const int consent = 4; // columns: purpose, contract, legal obligation, LI, consent, ...
    ASSERT_EQ(itemmodels::MatrixModel::basisOfColumn(consent), Basis::Consent);
    const QModelIndex cell = model.index(5, consent); // "Making a decision to supply our products and services."
    EXPECT_EQ(model.data(cell, Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    EXPECT_EQ(model.headerData(consent, Qt::Horizontal).toString(), QStringLiteral("Consent"));
    // Each basis's column says in words what it means and when to use it.
    const QString help = model.headerData(consent, Qt::Horizontal, Qt::ToolTipRole).toString();
    EXPECT_TRUE(help.startsWith(QStringLiteral("Article 6(1)(a): The person has clearly agreed")))
        << help.toStdString();
    EXPECT_TRUE(help.contains(QStringLiteral("as easily as they agreed"))) << help.toStdString();
    EXPECT_TRUE(model.data(cell, Qt::ToolTipRole).toString().contains(QStringLiteral("clearly agreed")));

    QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
    ASSERT_TRUE(model.setData(cell, Qt::Checked, Qt::CheckStateRole));
    EXPECT_GE(changed.count(), 1);
    EXPECT_EQ(model.data(cell, Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Checked);
    EXPECT_EQ(model.data(cell).toString(), QStringLiteral("****"));
    EXPECT_EQ(model.headerData(consent, Qt::Horizontal).toString(), QStringLiteral("Consent ****"));
    EXPECT_EQ(report::LawfulBasisMatrix(stored()).toText().split(QLatin1Char('\n')).at(5),
              QStringLiteral("Making a decision to supply our products and services. (*, ****)"));

    m_document->undoStack()->undo();
    EXPECT_EQ(model.data(cell, Qt::CheckStateRole).value<Qt::CheckState>(), Qt::Unchecked);
    EXPECT_EQ(model.headerData(consent, Qt::Horizontal).toString(), QStringLiteral("Consent"));
}

TEST_F(RegisterDocumentTest, MatrixRowsFollowInsertsRemovalsAndMoves)
{
    itemmodels::MatrixModel model(*m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    Activity added;
    added.id = QStringLiteral("newsletter");
    added.purpose = QStringLiteral("Sending our newsletter");
    m_document->insertActivity(0, added);
    EXPECT_EQ(model.rowCount(), 20);
    EXPECT_EQ(model.index(0, 0).data().toString(), QStringLiteral("Sending our newsletter"));
    m_document->moveActivity(0, 3);
    EXPECT_EQ(model.index(3, 0).data().toString(), QStringLiteral("Sending our newsletter"));
    m_document->moveActivity(3, 1);
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("Sending our newsletter"));
    m_document->removeActivity(1);
    EXPECT_EQ(model.rowCount(), 19);
    m_document->undoStack()->undo();
    EXPECT_EQ(model.index(1, 0).data().toString(), QStringLiteral("Sending our newsletter"));
}

} // namespace

#include "itemmodels/ActivityTableModel.h"
#include "itemmodels/AuditLogModel.h"
#include "itemmodels/CatalogueModel.h"
#include "itemmodels/SearchFilterModel.h"

#include <QMimeData>

namespace {

TEST_F(RegisterDocumentTest, ActivityTableShowsTheRegisterAndMovesADraggedRow)
{
    itemmodels::ActivityTableModel model(*m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    ASSERT_EQ(model.rowCount(), 19);
    using Model = itemmodels::ActivityTableModel;
    EXPECT_EQ(model.index(1, Model::RecipientsColumn).data().toString(),
              QStringLiteral("Glass and Glazing Federation, The fabricator of your windows, doors or conservatory"));
    EXPECT_EQ(model.index(5, Model::RetentionColumn).data().toString(),
              QStringLiteral("12 months from quote not accepted"));

    // Renaming a recipient shows in the activities that name it.
    m_document->setCatalogueValue(Catalogue::Kind::Recipients, 1, QStringLiteral("name"), QStringLiteral("GGF"));
    EXPECT_TRUE(model.index(1, Model::RecipientsColumn).data().toString().startsWith(QStringLiteral("GGF, ")));

    // Row 0 dropped between rows 2 and 3 becomes the third activity.
    const QString first = m_document->reg().activities.at(0).purpose;
    std::unique_ptr<QMimeData> dragged(model.mimeData({model.index(0, Model::PurposeColumn)}));
    ASSERT_TRUE(model.canDropMimeData(dragged.get(), Qt::MoveAction, 3, 0, {}));
    model.dropMimeData(dragged.get(), Qt::MoveAction, 3, 0, {});
    EXPECT_EQ(model.index(2, Model::PurposeColumn).data().toString(), first);
    EXPECT_EQ(stored().activities.at(2).purpose, first);
    EXPECT_EQ(m_document->undoStack()->undoText(), QStringLiteral("Move activity '%1'").arg(first));
}

// The rows a search should keep, worked out cell by cell from the source model.
QList<int> rowsWith(const QAbstractItemModel& model, const QString& text)
{
    QList<int> rows;
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            if (model.index(row, column).data().toString().contains(text, Qt::CaseInsensitive)) {
                rows << row;
                break;
            }
        }
    }
    return rows;
}

QList<int> sourceRowsOf(const QSortFilterProxyModel& proxy)
{
    QList<int> rows;
    for (int row = 0; row < proxy.rowCount(); ++row) {
        rows << proxy.mapToSource(proxy.index(row, 0)).row();
    }
    return rows;
}

TEST_F(RegisterDocumentTest, SearchKeepsTheRowsWithTheTextInAnyColumnAsTheRegisterChanges)
{
    itemmodels::ActivityTableModel source(*m_document);
    itemmodels::SearchFilterModel proxy;
    proxy.setSourceModel(&source);
    QAbstractItemModelTester tester(&proxy, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(proxy.rowCount(), 19);
    proxy.prepareSearch(); // rows read ahead are forgotten as they change, like rows read by a search

    proxy.setSearchText(QStringLiteral("  GLAZING  "));
    EXPECT_EQ(proxy.searchText(), QStringLiteral("GLAZING"));
    const QList<int> glazing = rowsWith(source, QStringLiteral("glazing"));
    ASSERT_FALSE(glazing.isEmpty());
    EXPECT_EQ(sourceRowsOf(proxy), glazing);

    // A change to a catalogue reaches the rows it names; a row already searched is searched again.
    const int ggf =
        static_cast<int>(Catalogue::indexOf(m_document->reg(), Catalogue::Kind::Recipients, QStringLiteral("ggf")));
    m_document->setCatalogueValue(Catalogue::Kind::Recipients, ggf, QStringLiteral("name"), QStringLiteral("GGF"));
    EXPECT_EQ(sourceRowsOf(proxy), rowsWith(source, QStringLiteral("glazing")));
    EXPECT_LT(proxy.rowCount(), glazing.size());
    m_document->undoStack()->undo();
    EXPECT_EQ(sourceRowsOf(proxy), glazing);

    // Inserted and removed activities: the kept rows move with them.
    Activity added;
    added.id = QStringLiteral("glazing-survey");
    added.purpose = QStringLiteral("Surveying glazing");
    m_document->insertActivity(0, added);
    EXPECT_EQ(sourceRowsOf(proxy), rowsWith(source, QStringLiteral("glazing")));
    EXPECT_EQ(proxy.rowCount(), glazing.size() + 1);
    m_document->removeActivity(0);
    EXPECT_EQ(sourceRowsOf(proxy), glazing);

    // The text must be within one column, not run from the end of one into the next.
    using Model = itemmodels::ActivityTableModel;
    const QString across = source.index(0, Model::PurposeColumn).data().toString().right(5) + QLatin1Char(' ') +
        source.index(0, Model::BasesColumn).data().toString().left(5);
    proxy.setSearchText(across);
    EXPECT_EQ(sourceRowsOf(proxy), rowsWith(source, across));
    EXPECT_FALSE(sourceRowsOf(proxy).contains(0));
    // Case is ignored beyond ASCII too.
    Activity german;
    german.id = QStringLiteral("pruefung");
    german.purpose = QStringLiteral("Überprüfung der Identität");
    m_document->insertActivity(0, german);
    proxy.setSearchText(QStringLiteral("ÜBERPRÜFUNG"));
    EXPECT_EQ(sourceRowsOf(proxy), QList<int>{0});
    m_document->removeActivity(0);

    proxy.setSearchText(QStringLiteral("zzz no such text"));
    EXPECT_EQ(proxy.rowCount(), 0);
    proxy.setSearchText(QString());
    EXPECT_EQ(proxy.rowCount(), 19);
}

TEST_F(RegisterDocumentTest, AuditLogModelShowsEachChangeNewestFirst)
{
    itemmodels::AuditLogModel model(*m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const int before = model.rowCount();
    ASSERT_GE(before, 1);
    m_document->setBasis(4, Basis::Consent, true);
    m_document->undoStack()->undo();
    ASSERT_EQ(model.rowCount(), before + 2);
    using Model = itemmodels::AuditLogModel;
    EXPECT_EQ(model.index(0, Model::ActionColumn).data().toString(),
              QStringLiteral("Undid: Changed the lawful bases of 'Verifying your identity'"));
    EXPECT_EQ(model.index(1, Model::ActionColumn).data().toString(),
              QStringLiteral("Changed the lawful bases of 'Verifying your identity'"));
    EXPECT_EQ(model.index(1, Model::DetailColumn).data().toString(), QStringLiteral("verify-identity"));
}

TEST_F(RegisterDocumentTest, CatalogueModelsCountTheActivitiesThatUseEachEntry)
{
    std::vector<std::unique_ptr<itemmodels::CatalogueModel>> models;
    std::vector<std::unique_ptr<QAbstractItemModelTester>> testers;
    for (Catalogue::Kind kind : Catalogue::kinds()) {
        models.push_back(std::make_unique<itemmodels::CatalogueModel>(*m_document, kind));
        testers.push_back(std::make_unique<QAbstractItemModelTester>(
            models.back().get(), QAbstractItemModelTester::FailureReportingMode::Fatal));
    }
    itemmodels::CatalogueModel& recipients = *models.at(2);
    ASSERT_EQ(recipients.kind(), Catalogue::Kind::Recipients);
    EXPECT_EQ(recipients.rowCount(), 9);
    EXPECT_EQ(recipients.headerData(recipients.usedByColumn(), Qt::Horizontal).toString(), QStringLiteral("Used by"));
    const int ggf = recipients.rowOf(QStringLiteral("ggf"));
    EXPECT_EQ(recipients.index(ggf, 0).data().toString(), QStringLiteral("Glass and Glazing Federation"));
    EXPECT_EQ(recipients.index(ggf, recipients.usedByColumn()).data().toInt(), 2);
    EXPECT_EQ(
        recipients.index(recipients.rowOf(QStringLiteral("fabricator")), recipients.usedByColumn()).data().toInt(), 3);

    m_document->removeCatalogueEntry(Catalogue::Kind::Recipients, ggf);
    EXPECT_EQ(recipients.rowCount(), 8);
    EXPECT_EQ(recipients.rowOf(QStringLiteral("ggf")), -1);
    m_document->undoStack()->undo();
    EXPECT_EQ(recipients.rowCount(), 9);
    m_document->removeActivity(1); // uses ggf and fabricator
    EXPECT_EQ(recipients.index(recipients.rowOf(QStringLiteral("ggf")), recipients.usedByColumn()).data().toInt(), 1);
}

} // namespace

// A review is one undoable edit; the store keeps the register as reviewed, and undoing the review leaves that
// record (a review happened) while the register's review date goes back.
TEST_F(RegisterDocumentTest, MarkingTheRegisterReviewedKeepsASnapshotAndIsUndoable)
{
    const std::optional<QDate> before = m_document->reg().lastReviewed;
    const QDate reviewedOn = before ? before->addDays(1) : QDate(2026, 12, 3);
    m_document->markRegisterReviewed(reviewedOn, QStringLiteral("Dana DPO"));
    EXPECT_EQ(m_document->reg().lastReviewed, reviewedOn);
    EXPECT_EQ(stored().reviewedBy, QStringLiteral("Dana DPO"));
    const Result<QList<store::ReviewRecord>> reviews = m_document->reviews();
    ASSERT_TRUE(reviews.ok()) << reviews.error().message.toStdString();
    ASSERT_EQ(reviews->size(), 1);
    EXPECT_EQ(reviews->at(0).revision, m_document->revision());
    EXPECT_EQ(m_document->snapshotAt(reviews->at(0).revision).value(), m_document->reg());
    EXPECT_TRUE(m_document->reviewDue(reviewedOn).isEmpty() ||
                !m_document->reviewDue(reviewedOn).at(0).activityId.isEmpty())
        << "the register itself is not due the day it was reviewed";

    m_document->undoStack()->undo();
    EXPECT_EQ(m_document->reg().lastReviewed, before);
    EXPECT_EQ(stored().lastReviewed, before);
    EXPECT_EQ(m_document->reviews().value().size(), 1);
}

TEST(ReviewDueTest, NeverOrMoreThanTwelveMonthsAgoIsDue)
{
    const QDate today(2026, 12, 3);
    EXPECT_TRUE(checks::ReviewDue::isDue(std::nullopt, today));
    EXPECT_FALSE(checks::ReviewDue::isDue(QDate(2025, 12, 3), today));
    EXPECT_TRUE(checks::ReviewDue::isDue(QDate(2025, 12, 2), today));
    Register reg;
    reg.controller.name = QStringLiteral("KJM");
    reg.lastReviewed = QDate(2026, 6, 1);
    Activity fresh;
    fresh.id = QStringLiteral("fresh");
    fresh.lastReviewed = QDate(2026, 1, 1);
    Activity stale;
    stale.id = QStringLiteral("stale");
    stale.purpose = QStringLiteral("Stale");
    stale.lastReviewed = QDate(2024, 1, 1);
    reg.activities = {fresh, stale};
    const QList<checks::ReviewDue::Item> due = checks::ReviewDue::list(reg, today);
    ASSERT_EQ(due.size(), 1);
    EXPECT_EQ(due.at(0).activityId, QStringLiteral("stale"));
    EXPECT_EQ(due.at(0).lastReviewed, QDate(2024, 1, 1));
}
