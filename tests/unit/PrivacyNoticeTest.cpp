#include "report/PrivacyNotice.h"

#include "PdfText.h"
#include "TestSupport.h"
#include "WellKeptRegister.h"
#include "domain/Fingerprint.h"
#include "formats/DemoRegister.h"
#include "report/NoticeGaps.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <gtest/gtest.h>

using namespace ropa;

namespace {

report::DocumentInfo infoFor(const Register& reg)
{
    return {QDateTime(QDate(2026, 11, 25), QTime(9, 30), Qt::UTC), 7, Fingerprint::of(reg), false};
}

Register kjm()
{
    Result<Register> reg = formats::DemoRegister::load();
    EXPECT_TRUE(reg.ok());
    return reg ? reg.value() : Register{};
}

// The notice in all three forms, the PDF read back as text, so each sentence can be looked for in each.
struct Forms
{
    QString text;
    QString html;
    QString pdf;
};

Forms formsOf(const Register& reg)
{
    const report::PrivacyNotice notice(reg, infoFor(reg));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("notice.pdf"));
    const Result<QByteArray> pdf = notice.pdf();
    EXPECT_TRUE(pdf.ok());
    test::writeBytes(path, pdf ? pdf.value() : QByteArray());
    return {notice.text(), QString::fromUtf8(notice.html()), test::pdfBodyText(path)};
}

// Expects the sentence in the text, the HTML (escaped) and the PDF (whitespace made single spaces).
void expectEverywhere(const Forms& forms, const QString& sentence)
{
    EXPECT_TRUE(forms.text.contains(sentence)) << "text lacks: " << sentence.toStdString() << "\n"
                                               << forms.text.toStdString();
    EXPECT_TRUE(forms.html.contains(sentence.toHtmlEscaped())) << "HTML lacks: " << sentence.toStdString();
    EXPECT_TRUE(forms.pdf.contains(sentence.simplified())) << "PDF lacks: " << sentence.toStdString();
}

class KjmNoticeTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_forms = new Forms(formsOf(kjm())); }
    static void TearDownTestSuite() { delete s_forms; }
    static inline Forms* s_forms = nullptr;
};

class WellKeptNoticeTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { s_forms = new Forms(formsOf(test::wellKeptRegister())); }
    static void TearDownTestSuite() { delete s_forms; }
    static inline Forms* s_forms = nullptr;
};

} // namespace

TEST_F(KjmNoticeTest, SaysWhoTheControllerIsAndHowToReachThem)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("In this privacy notice 'we' means KJM Group Ltd of 9 Mylen Business "
                                    "Centre, Andover, Hampshire, SP10 3HR."));
    expectEverywhere(*s_forms,
                     QStringLiteral("You can contact us about privacy or data protection by email at "
                                    "sales@kjmgroup.co.uk or by post at 9 Mylen Business Centre, Andover, Hampshire, "
                                    "SP10 3HR."));
}

TEST_F(KjmNoticeTest, DescribesTheDataAsSentencesNotFields)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("Normal identification information, such as your full name, date of "
                                    "birth, age, gender, marital status."));
    EXPECT_FALSE(s_forms->text.contains(QStringLiteral("Identification details: Normal")));
    expectEverywhere(*s_forms,
                     QStringLiteral("If you apply for a job, information about your criminal record "
                                    "obtained by a DBS check. The law protects information about criminal "
                                    "convictions and offences more strictly."));
}

TEST_F(KjmNoticeTest, NamesTheSourcesOfDataNotCollectedFromThePerson)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("Referrals from Solidor, Vista Doors or other suppliers who cannot deal "
                                    "with an enquiry due to their location."));
}

TEST_F(KjmNoticeTest, SaysWhereTheLegitimateInterestIsNotRecorded)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("When we use your information for legitimate interests, ours or those of "
                                    "others, we do so only where your interests and rights do not override "
                                    "them."));
    expectEverywhere(*s_forms,
                     QStringLiteral("The interest we pursue when we use your information for each of these "
                                    "purposes: Not recorded."));
    const qsizetype from = s_forms->text.indexOf(QStringLiteral("for each of these purposes: Not recorded."));
    const QString list = s_forms->text.mid(from, s_forms->text.indexOf(QStringLiteral("\n\n\n"), from) - from);
    EXPECT_EQ(list.count(QStringLiteral("\u2022")), 16) << "the 16 purposes on legitimate interests with none recorded";
    EXPECT_TRUE(list.contains(QStringLiteral("  \u2022 Providing our services\n"))) << list.toStdString();
    EXPECT_TRUE(list.contains(QStringLiteral("  \u2022 To review and improve the performance of our systems, processes "
                                             "and staff (including training)\n")))
        << list.toStdString();
    EXPECT_FALSE(s_forms->text.contains(QStringLiteral("our legitimate interest is")));
}

TEST_F(KjmNoticeTest, GroupsRecipientsByKindInPlainWords)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("Companies that provide services to us and use your information only "
                                    "on our instructions:"));
    expectEverywhere(*s_forms,
                     QStringLiteral("Google Analytics, for tracking and monitoring visitors' engagement and "
                                    "usage of the website with cookies."));
    expectEverywhere(*s_forms, QStringLiteral("Our staff, so that we can provide our products and services to you."));
    expectEverywhere(*s_forms, QStringLiteral("Public authorities, courts and regulators:"));
    EXPECT_FALSE(s_forms->text.contains(QStringLiteral("Glass and Glazing Federation: ")));
}

TEST_F(KjmNoticeTest, NamesTheCountryOfTheGoogleAnalyticsTransferInFull)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("Google Analytics in the United States, when we use your information to "
                                    "review and improve the performance of our systems, processes and staff "
                                    "(including training). The safeguard that protects your information "
                                    "there: Not recorded."));
    EXPECT_FALSE(s_forms->text.contains(QStringLiteral(" US ")));
}

TEST_F(KjmNoticeTest, GivesRetentionForEachKindOfRecordAndSaysWhereItIsMissing)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("Quote not accepted: kept for 12 months, during which we may remind you "
                                    "the quote is outstanding."));
    expectEverywhere(*s_forms,
                     QStringLiteral("Quote accepted: kept while the installation is completed and then for as "
                                    "long as a full and valid insurance-backed guarantee and/or a service "
                                    "and maintenance contract is in place. We keep this information until "
                                    "the end of the "
                                    "guarantee or service and maintenance contract."));
    expectEverywhere(*s_forms,
                     QStringLiteral("How long we keep the information we use to detect and prevent fraud, "
                                    "money-laundering and other crimes: Not recorded."));
}

TEST_F(KjmNoticeTest, WritesTheRightsForAReader)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("Where we use your information because the law requires it, you can ask "
                                    "for a copy and ask us to correct it; you cannot ask us to delete it or "
                                    "to stop, because the law requires us to keep it."));
    expectEverywhere(*s_forms,
                     QStringLiteral("Where we use your information because we need it for a contract with "
                                    "you, you can ask for a copy, ask us to correct it, ask us to delete it "
                                    "and ask us to send it to you or to another organisation in a form a "
                                    "computer can read; you cannot ask us to stop, because we need it to do "
                                    "what we agreed with you."));
    expectEverywhere(*s_forms,
                     QStringLiteral("Where we use your information for our legitimate interests, you can ask "
                                    "for a copy, ask us to correct it, ask us to delete it and object, and we "
                                    "must then stop unless we have compelling reasons to go on."));
    EXPECT_FALSE(s_forms->text.contains(QStringLiteral("no further rights")));
    EXPECT_FALSE(s_forms->text.contains(QStringLiteral("Where we rely on")));
}

TEST_F(KjmNoticeTest, SaysWhatHappensIfDataIsNotGiven)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("Where we need your information for a contract with you, or the law "
                                    "requires us to collect it, and you do not give it to us, we may not be "
                                    "able to enter into or carry out the contract with you."));
    expectEverywhere(*s_forms, QStringLiteral("We need it for our contract with you for:"));
    expectEverywhere(*s_forms, QStringLiteral("The law requires it for:"));
}

TEST_F(KjmNoticeTest, SaysThatAutomatedDecisionsAreNotRecorded)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("Whether we make decisions about you by automated means alone, profiling "
                                    "included: Not recorded."));
}

TEST_F(KjmNoticeTest, HasMarketingAndCookiesSections)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("You can tell us to stop sending you marketing at any time by contacting "
                                    "us by email at sales@kjmgroup.co.uk, and we will stop."));
    expectEverywhere(*s_forms,
                     QStringLiteral("Our website uses cookies and similar technologies that are not strictly "
                                    "necessary, such as analytics cookies, when we use your information to review and "
                                    "improve the performance of our systems, processes and staff (including "
                                    "training). They are provided by Google Analytics."));
}

TEST_F(KjmNoticeTest, TellsHowToComplainToTheIcoWithItsAddress)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("Information Commissioner's Office, Wycliffe House, Water Lane, "
                                    "Wilmslow, Cheshire SK9 5AF; website ico.org.uk; telephone 0303 123 "
                                    "1113."));
}

TEST_F(KjmNoticeTest, CarriesItsVersionAndDate)
{
    expectEverywhere(*s_forms, QStringLiteral("This is version 7 of this notice, dated 25 November 2026."));
}

TEST_F(KjmNoticeTest, HasNoDoubledFullStops)
{
    static const QRegularExpression doubled(QStringLiteral("[^.]\\.\\.(?!\\.)"));
    EXPECT_FALSE(s_forms->text.contains(doubled)) << s_forms->text.toStdString();
    EXPECT_FALSE(s_forms->text.contains(QStringLiteral(".:")));
}

TEST_F(WellKeptNoticeTest, HasNoDoubledFullStopsAndNothingNotRecorded)
{
    static const QRegularExpression doubled(QStringLiteral("[^.]\\.\\.(?!\\.)"));
    EXPECT_FALSE(s_forms->text.contains(doubled)) << s_forms->text.toStdString();
    EXPECT_FALSE(s_forms->text.contains(QStringLiteral("Not recorded"))) << s_forms->text.toStdString();
}

TEST_F(WellKeptNoticeTest, GivesTheLegitimateInterestInWords)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("For appointment reminders, we pursue our interest in keeping "
                                    "appointments running on time."));
}

TEST_F(WellKeptNoticeTest, NamesTheTransferCountryAndSafeguard)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("Clinic Notes Inc in the United States, when we use your information "
                                    "for treating patients and for appointment reminders. The safeguard "
                                    "that protects your information there: IDTA."));
}

TEST_F(WellKeptNoticeTest, SaysHowLongEachKindOfRecordIsKept)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("Clinical records. We keep this information for 8 years after the "
                                    "last treatment."));
    expectEverywhere(*s_forms, QStringLiteral("Newsletter list. We keep this information until consent withdrawn."));
    EXPECT_FALSE(s_forms->text.contains(QStringLiteral("Not recorded"))) << s_forms->text.toStdString();
}

TEST_F(WellKeptNoticeTest, SaysWhatHappensIfDataForTheContractIsNotGiven)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("Where we need your information for a contract with you and you do not "
                                    "give it to us, we may not be able to enter into or carry out the "
                                    "contract with you."));
    EXPECT_FALSE(s_forms->text.contains(QStringLiteral("The law requires it for:")))
        << "the clinic relies on no legal obligation";
}

TEST_F(WellKeptNoticeTest, SaysNoAutomatedDecisionsAreMade)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("We do not make decisions about you by automated means alone, profiling "
                                    "included."));
}

TEST_F(WellKeptNoticeTest, TellsHowToStopMarketingFromTheConsentRecord)
{
    expectEverywhere(*s_forms,
                     QStringLiteral("We may send you marketing by email, text or phone: newsletter by "
                                    "email. We send it only if you have agreed to it."));
    expectEverywhere(*s_forms, QStringLiteral("To stop it: unsubscribe link in every email."));
    expectEverywhere(*s_forms,
                     QStringLiteral("Where we use your information because you have agreed to it, you can "
                                    "ask for a copy, ask us to correct it, ask us to delete it, ask us to "
                                    "send it to you or to another organisation in a form a computer can "
                                    "read and withdraw your consent at any time, and we will then stop."));
}

TEST_F(WellKeptNoticeTest, CarriesTheComplaintRouteAndVersion)
{
    expectEverywhere(*s_forms, QStringLiteral("website ico.org.uk; telephone 0303 123 1113."));
    expectEverywhere(*s_forms, QStringLiteral("This is version 7 of this notice, dated 25 November 2026."));
}

TEST(NoticeGapsTest, TheWellKeptRegisterLacksNothing)
{
    const report::NoticeGaps gaps(test::wellKeptRegister());
    QStringList sentences;
    for (const report::NoticeGaps::Gap& gap : gaps.list()) {
        sentences << gap.sentence();
    }
    EXPECT_TRUE(gaps.isEmpty()) << sentences.join(QLatin1Char('\n')).toStdString();
}

TEST(NoticeGapsTest, NamesEachItemTheKjmRegisterLacks)
{
    const report::NoticeGaps gaps(kjm());
    QStringList sentences;
    for (const report::NoticeGaps::Gap& gap : gaps.list()) {
        sentences << gap.sentence();
    }
    const QString all = sentences.join(QLatin1Char('\n'));
    EXPECT_TRUE(sentences.contains(QStringLiteral(
        "the register does not say how long the information used for 'To detect and prevent fraud, money-laundering "
        "and other crimes' is kept (Article 13(2)(a)); the notice says 'Not recorded'.")))
        << all.toStdString();
    EXPECT_TRUE(sentences.contains(QStringLiteral(
        "the register does not say what legitimate interest 'Providing our services' pursues (Article 13(1)(d)); the "
        "notice says 'Not recorded'.")))
        << all.toStdString();
    EXPECT_TRUE(all.contains(QStringLiteral("sends to Google Analytics in the United States (Article 13(1)(f))")))
        << all.toStdString();
    EXPECT_EQ(sentences.filter(QStringLiteral("(Article 13(1)(d))")).size(), 16) << "16 purposes rest on legitimate "
                                                                                    "interests with none recorded";
    EXPECT_EQ(sentences.filter(QStringLiteral("(Article 13(2)(a))")).size(), 4)
        << "verifying identity, fraud, performance and protecting interests have no retention rule";
    EXPECT_TRUE(gaps.has(report::NoticeGaps::Item::TransferSafeguard, QStringLiteral("improve-performance"),
                         QStringLiteral("US")));
}

TEST(NoticeGapsTest, NamesAMissingControllerAndAMissingSafeguard)
{
    Register reg = test::wellKeptRegister();
    reg.controller.name.clear();
    reg.activities[0].transfers[0].safeguard.clear();
    const report::NoticeGaps gaps(reg);
    ASSERT_EQ(gaps.list().size(), 2);
    EXPECT_EQ(gaps.list()[0].sentence(),
              QStringLiteral("the register does not give the organisation's name (Article "
                             "13(1)(a)); the notice says 'Not recorded'."));
    EXPECT_EQ(gaps.list()[1].sentence(),
              QStringLiteral("the register does not say what protects the information 'Treating patients' sends to "
                             "the United States (Article 13(1)(f)); the notice says 'Not recorded'."));
    const QString text = report::PrivacyNotice(reg, infoFor(reg)).text();
    EXPECT_TRUE(text.contains(QStringLiteral("The safeguard that protects your information there: Not recorded.")))
        << text.toStdString();
}

TEST(PrivacyNoticeTest, CookiesOnConsentAreSetOnlyIfYouAgree)
{
    Register reg = test::wellKeptRegister();
    Activity analytics = reg.activities[2];
    analytics.id = QStringLiteral("analytics");
    analytics.purpose = QStringLiteral("Website analytics");
    analytics.bases[0].consent.howWithdrawn = QStringLiteral("Cookie settings link in the footer of every page");
    analytics.pecr = {PecrUse::NonEssentialCookies};
    analytics.recipients = {QStringLiteral("notes-cloud")};
    analytics.transfers = {{QStringLiteral("US"), QStringLiteral("IDTA")}};
    reg.activities << analytics;
    const Forms forms = formsOf(reg);
    expectEverywhere(forms,
                     QStringLiteral("Our website uses cookies and similar technologies that are not strictly "
                                    "necessary, such as analytics cookies, when we use your information for "
                                    "website analytics. They are provided by Clinic Notes Inc."));
    expectEverywhere(forms, QStringLiteral("We set them only if you agree, and you can change your mind at any time."));
    expectEverywhere(forms, QStringLiteral("To change your choice: cookie settings link in the footer of every page."));
}

TEST(PrivacyNoticeTest, AutomatedDecisionsCarryTheirSafeguards)
{
    Register reg = test::wellKeptRegister();
    reg.activities[0].automatedDecisions = {AutomatedDecisionStatus::Yes,
                                            QStringLiteral("Ask the practice manager to review any declined booking")};
    const Forms forms = formsOf(reg);
    expectEverywhere(forms,
                     QStringLiteral("For treating patients, we make decisions about you by automated means "
                                    "alone. You can ask for a person to look at the decision again, give us "
                                    "your view and challenge it: ask the practice manager to review any "
                                    "declined booking."));
    expectEverywhere(forms, QStringLiteral("We make no other decisions about you by automated means alone."));

    reg.activities[0].automatedDecisions.safeguards.clear();
    EXPECT_TRUE(report::NoticeGaps(reg).has(report::NoticeGaps::Item::AutomatedDecisionSafeguards,
                                            QStringLiteral("treatment")));
    EXPECT_TRUE(
        report::PrivacyNotice(reg, infoFor(reg)).text().contains(QStringLiteral("challenge it: Not recorded.")));
}

TEST(PrivacyNoticeTest, RightsFollowEveryBasisTheRegisterUses)
{
    const Register reg = test::fullRegister(); // consent, vital interests and public task as well
    const QString text = report::PrivacyNotice(reg, infoFor(reg)).text();
    EXPECT_TRUE(text.contains(QStringLiteral("Where we use your information to carry out a task in the public "
                                             "interest, you can ask for a copy, ask us to correct it and object, and "
                                             "we must then stop unless we have compelling reasons to go on; you "
                                             "cannot ask us to delete it, because we need it for that task.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("Where we use your information to protect someone's life, you can ask "
                                             "for a copy, ask us to correct it and ask us to delete it; you cannot "
                                             "ask us to stop, because we need it to protect someone's life.")))
        << text.toStdString();
}

TEST(PrivacyNoticeTest, ListsContactRoutesAndSafeguardsAsOneSentence)
{
    const Register reg = test::fullRegister();
    const QString text = report::PrivacyNotice(reg, infoFor(reg)).text();
    EXPECT_TRUE(text.contains(QStringLiteral("You can contact us about privacy or data protection by email at "
                                             "privacy@example.co.uk, by telephone on 01264 000000 or by post at 1 "
                                             "High Street, Andover, SP10 1AA.")))
        << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("give us your view and challenge it: a person reviews every declined "
                                             "finance application.")))
        << text.toStdString();
}
