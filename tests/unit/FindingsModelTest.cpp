#include "itemmodels/FindingsModel.h"

#include "TestSupport.h"
#include "checks/Checker.h"
#include "formats/DemoRegister.h"
#include "session/AuditAction.h"
#include "session/RegisterDocument.h"
#include "session/RegisterLocation.h"

#include <QAbstractItemModelTester>
#include <QColor>
#include <QCoreApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QUndoStack>
#include <gtest/gtest.h>

using namespace ropa;
using checks::Finding;
using checks::FindingTarget;
using itemmodels::FindingsModel;

namespace {

// The findings table and the fixes made from it, on a real file holding the KJM demo register.
class FindingsModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_path = m_dir.filePath(QStringLiteral("kjm.ropa"));
        m_document = test::openDemoDocument(m_path);
        ASSERT_TRUE(m_document);
    }

    Register stored() { return m_document->storedRegister().value(); }

    // The first finding of rule on the activity with id.
    std::optional<Finding> findingOf(const QString& rule, const QString& id) const
    {
        for (const Finding& f : checks::Checker::run(m_document->reg())) {
            if (f.ruleId == rule && f.target.id == id) {
                return f;
            }
        }
        return std::nullopt;
    }

    void setRetention(const QString& activityId, const QString& retentionId)
    {
        const qsizetype index = m_document->reg().indexOfActivity(activityId);
        ASSERT_GE(index, 0);
        Activity changed = m_document->reg().activities.at(index);
        changed.retention = retentionId;
        m_document->changeActivity(index, changed, QStringLiteral("Change retention"));
    }

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<session::RegisterDocument> m_document;
};

TEST_F(FindingsModelTest, ShowsTheCheckersFindingsInItsOrder)
{
    FindingsModel model(*m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    const QList<Finding> findings = checks::Checker::run(m_document->reg());
    ASSERT_FALSE(findings.isEmpty());
    ASSERT_EQ(model.rowCount(), findings.size());
    EXPECT_EQ(model.findings(), findings);
    const checks::Checker::Counts counts = checks::Checker::count(findings);
    EXPECT_EQ(model.counts().errors, counts.errors);
    EXPECT_EQ(model.counts().warnings, counts.warnings);

    const Finding& first = findings.first();
    EXPECT_EQ(model.index(0, FindingsModel::SeverityColumn).data().toString(), QStringLiteral("Error"));
    EXPECT_EQ(model.index(0, FindingsModel::RuleColumn).data().toString(), first.ruleId);
    EXPECT_EQ(model.index(0, FindingsModel::ConcernsColumn).data().toString(), first.targetName);
    EXPECT_EQ(model.index(0, FindingsModel::MessageColumn).data().toString(), first.message);
    EXPECT_EQ(model.index(0, FindingsModel::ArticleColumn).data().toString(), first.article);
    EXPECT_EQ(model.index(0, FindingsModel::FixColumn).data().toString(), first.fix);
    const int last = model.rowCount() - 1;
    EXPECT_EQ(model.index(last, FindingsModel::MessageColumn).data(FindingsModel::FindingIndexRole).toInt(), last);
    EXPECT_EQ(model.index(last, FindingsModel::RuleColumn).data(FindingsModel::SeverityKeyRole).toString(),
              checks::severityKey(findings.last().severity));
    // Severity sorts by rank, not by its name ("Error" < "Information" < "Warning").
    EXPECT_LT(model.index(0, 0).data(FindingsModel::SortRole).toInt(),
              model.index(last, 0).data(FindingsModel::SortRole).toInt());
    EXPECT_EQ(model.index(0, FindingsModel::SeverityColumn).data(Qt::ForegroundRole).value<QColor>(),
              QColor(0xb3, 0x26, 0x1e));
    EXPECT_EQ(model.headerData(FindingsModel::FixColumn, Qt::Horizontal).toString(), QStringLiteral("What to do"));
}

TEST_F(FindingsModelTest, ABurstOfEditsRunsTheCheckerOnceAndAnUnrelatedEditResetsNothing)
{
    FindingsModel model(*m_document);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
    const qsizetype before = model.rowCount();
    const QString rule = m_document->reg().retentionRules.first().id;
    ASSERT_TRUE(findingOf(QStringLiteral("RB013"), QStringLiteral("verify-identity")));
    ASSERT_TRUE(findingOf(QStringLiteral("RB013"), QStringLiteral("fraud-prevention")));

    setRetention(QStringLiteral("verify-identity"), rule);
    setRetention(QStringLiteral("fraud-prevention"), rule);
    EXPECT_EQ(resets.count(), 0); // nothing until the event loop comes round
    EXPECT_EQ(model.rowCount(), before);
    QCoreApplication::processEvents();
    EXPECT_EQ(resets.count(), 1);
    EXPECT_LT(model.rowCount(), before);
    EXPECT_EQ(model.findings(), checks::Checker::run(m_document->reg()));
    EXPECT_FALSE(findingOf(QStringLiteral("RB013"), QStringLiteral("verify-identity")));
    EXPECT_FALSE(findingOf(QStringLiteral("RB013"), QStringLiteral("fraud-prevention")));

    // A new description changes no finding: the rows stay.
    Activity changed = m_document->reg().activities.at(0);
    changed.description += QStringLiteral(" Also by post.");
    m_document->changeActivity(0, changed, QStringLiteral("Change description"));
    QCoreApplication::processEvents();
    EXPECT_EQ(resets.count(), 1);
}

TEST_F(FindingsModelTest, AFixIsOneUndoableEditInMemoryAndInTheFile)
{
    const Register original = m_document->reg();
    const std::optional<Finding> finding = findingOf(QStringLiteral("RB013"), QStringLiteral("verify-identity"));
    ASSERT_TRUE(finding);
    ASSERT_TRUE(finding->hasMechanicalFix);
    const QList<RegisterChange> fix = checks::Checker::mechanicalFix(m_document->reg(), *finding);
    ASSERT_EQ(fix.size(), 2); // a retention rule and the activity pointing at it
    const int undoSteps = m_document->undoStack()->count();
    const qsizetype auditBefore = m_document->auditEntries().value().size();

    m_document->applyFix(fix, QStringLiteral("Fix: add a retention rule"), finding->ruleId, finding->targetName);
    EXPECT_EQ(m_document->undoStack()->count(), undoSteps + 1);
    EXPECT_EQ(m_document->undoStack()->undoText(), QStringLiteral("Fix: add a retention rule"));
    EXPECT_FALSE(findingOf(QStringLiteral("RB013"), QStringLiteral("verify-identity")));
    const Register fixed = stored();
    EXPECT_EQ(fixed, m_document->reg());
    EXPECT_EQ(fixed.retentionRules.size(), original.retentionRules.size() + 1);
    const qsizetype index = fixed.indexOfActivity(QStringLiteral("verify-identity"));
    EXPECT_EQ(fixed.activities.at(index).retention, fixed.retentionRules.last().id);

    const QList<store::AuditEntry> entries = m_document->auditEntries().value();
    ASSERT_EQ(entries.size(), auditBefore + 1);
    EXPECT_EQ(entries.last().action, QString::fromLatin1(session::AuditAction::kApplyFix));
    EXPECT_EQ(session::AuditAction::sentence(entries.last()),
              QStringLiteral("Applied the fix for finding RB013 to 'Verifying your identity'"));

    m_document->undoStack()->undo();
    EXPECT_EQ(m_document->reg(), original);
    EXPECT_EQ(stored(), original);
    EXPECT_TRUE(findingOf(QStringLiteral("RB013"), QStringLiteral("verify-identity")));

    // Nothing to do is no edit.
    m_document->applyFix({}, QStringLiteral("Fix"), finding->ruleId, finding->targetName);
    EXPECT_EQ(m_document->undoStack()->index(), undoSteps);
}

} // namespace
