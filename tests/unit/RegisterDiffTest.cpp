#include "domain/RegisterDiff.h"

#include "TestSupport.h"

#include <gtest/gtest.h>

using namespace ropa;

namespace {

const RegisterDiff::Item* findItem(const QList<RegisterDiff::Item>& items, const QString& id)
{
    for (const RegisterDiff::Item& item : items) {
        if (item.id == id) {
            return &item;
        }
    }
    return nullptr;
}

} // namespace

TEST(RegisterDiffTest, SameRegisterHasNoDifferences)
{
    const RegisterDiff diff = RegisterDiff::between(test::fullRegister(), test::fullRegister());
    EXPECT_TRUE(diff.isEmpty());
    EXPECT_EQ(diff.toText(), QStringLiteral("No differences.\n"));
}

// A changed field is named as the audit log names it and shown before and after, in words.
TEST(RegisterDiffTest, ChangedActivityFieldsAreNamedAndShownBeforeAndAfter)
{
    const Register before = test::fullRegister();
    Register after = before;
    after.activities[0].purpose = QStringLiteral("Fitting windows");
    after.activities[0].businessFunction = QStringLiteral("Installation");
    after.activities[0].dpia = DpiaStatus::NotNeeded;

    const RegisterDiff diff = RegisterDiff::between(before, after);
    ASSERT_EQ(diff.activities().size(), 1);
    const RegisterDiff::Item& item = diff.activities().at(0);
    EXPECT_EQ(item.change, RegisterDiff::ItemChange::Changed);
    EXPECT_EQ(item.id, before.activities.at(0).id);
    EXPECT_EQ(item.name, QStringLiteral("Fitting windows"));
    ASSERT_EQ(item.fields.size(), 3);
    EXPECT_EQ(item.fields.at(0),
              (RegisterDiff::FieldChange{QStringLiteral("purpose"), before.activities.at(0).purpose,
                                         QStringLiteral("Fitting windows")}));
    EXPECT_EQ(item.fields.at(1).field, QStringLiteral("business function"));
    EXPECT_EQ(item.fields.at(2).field, QStringLiteral("DPIA"));
    EXPECT_EQ(item.fields.at(2).after, dpiaStatusName(DpiaStatus::NotNeeded));
    EXPECT_TRUE(diff.toText().contains(QStringLiteral("Activity 'Fitting windows': purpose: '%1' -> 'Fitting windows'")
                                           .arg(before.activities.at(0).purpose)))
        << diff.toText().toStdString();
}

// Matching is by id: a removed, an added and a moved activity are each named once, and what only moved is a move.
TEST(RegisterDiffTest, AddedRemovedAndMovedActivitiesAreMatchedById)
{
    Register before = test::fullRegister();
    Activity third = before.activities.at(0);
    third.id = QStringLiteral("third");
    third.purpose = QStringLiteral("Third");
    before.activities.append(third);
    Register after = before;
    after.activities.removeAt(1); // payroll goes
    Activity added = third;
    added.id = QStringLiteral("newsletter");
    added.purpose = QStringLiteral("Newsletter");
    after.activities.append(added);
    after.activities.move(0, 1); // third before sales

    const RegisterDiff diff = RegisterDiff::between(before, after);
    ASSERT_EQ(diff.activities().size(), 4) << diff.toText().toStdString();
    EXPECT_EQ(findItem(diff.activities(), QStringLiteral("payroll"))->change, RegisterDiff::ItemChange::Removed);
    EXPECT_EQ(findItem(diff.activities(), QStringLiteral("newsletter"))->change, RegisterDiff::ItemChange::Added);
    const RegisterDiff::Item* moved = findItem(diff.activities(), QStringLiteral("third"));
    ASSERT_NE(moved, nullptr);
    EXPECT_EQ(moved->change, RegisterDiff::ItemChange::Moved);
    EXPECT_EQ(moved->fields.at(0).before, QStringLiteral("2"));
    EXPECT_EQ(moved->fields.at(0).after, QStringLiteral("1"));
    EXPECT_TRUE(diff.toText().contains(QStringLiteral("Activity 'Paying our staff': removed")));
}

// References are shown by the names of the entries, and catalogue entries are compared field by field.
TEST(RegisterDiffTest, CatalogueEntriesAndReferencesAreShownByName)
{
    const Register before = test::fullRegister();
    Register after = before;
    after.recipients[0].name = QStringLiteral("Renamed recipient");
    after.sources.append(Source{QStringLiteral("trade-shows"), QStringLiteral("Trade shows")});
    after.activities[0].sources.append(QStringLiteral("trade-shows"));
    after.controller.phone = QStringLiteral("01264 999999");
    after.lastReviewed = QDate(2026, 12, 1);

    const RegisterDiff diff = RegisterDiff::between(before, after);
    const RegisterDiff::Item* recipient = findItem(diff.entries(), before.recipients.at(0).id);
    ASSERT_NE(recipient, nullptr);
    EXPECT_EQ(recipient->kind, Catalogue::Kind::Recipients);
    ASSERT_EQ(recipient->fields.size(), 1);
    EXPECT_EQ(recipient->fields.at(0).before, before.recipients.at(0).name);
    EXPECT_EQ(recipient->fields.at(0).after, QStringLiteral("Renamed recipient"));
    const RegisterDiff::Item* source = findItem(diff.entries(), QStringLiteral("trade-shows"));
    ASSERT_NE(source, nullptr);
    EXPECT_EQ(source->change, RegisterDiff::ItemChange::Added);

    const RegisterDiff::Item* activity = findItem(diff.activities(), before.activities.at(0).id);
    ASSERT_NE(activity, nullptr);
    ASSERT_EQ(activity->fields.size(), 1);
    EXPECT_EQ(activity->fields.at(0).field, QStringLiteral("sources"));
    EXPECT_TRUE(activity->fields.at(0).after.endsWith(QStringLiteral("Trade shows")))
        << activity->fields.at(0).after.toStdString();

    ASSERT_EQ(diff.organisation().size(), 2);
    EXPECT_EQ(diff.organisation().at(0).field, QStringLiteral("phone"));
    EXPECT_EQ(diff.organisation().at(1).field, QStringLiteral("last review"));
    EXPECT_EQ(diff.organisation().at(1).after, QStringLiteral("2026-12-01"));
    EXPECT_TRUE(diff.toText().contains(QStringLiteral("Organisation: phone: ")));
}
