#include "checks/RuleSet.h"

#include <QCoreApplication>
#include <algorithm>

namespace ropa::checks {

namespace {
// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::checks::RuleSet)
};

QList<Rule> makeRules()
{
    const auto e = Severity::Error;
    const auto w = Severity::Warning;
    const auto i = Severity::Info;
    struct Raw
    {
        const char* id;
        Severity severity;
        const char* article;
        QString title;
        QString help;
    };
    const Raw raw[] = {
        {"RB001", e, "Art. 6(1) UK GDPR", Text::tr("Activity with no lawful basis"),
         Text::tr(
             "Every use of personal data needs at least one of the six lawful bases of Article 6(1); without one the "
             "processing is unlawful.")},
        {"RB002", w, "Art. 6(1)(f), 13(1)(d) UK GDPR", Text::tr("Legitimate interests with no interest recorded"),
         Text::tr("Relying on legitimate interests means naming the interest pursued; privacy notices must tell people "
                  "what it is.")},
        {"RB003", w, "Art. 6(1)(f), 5(2) UK GDPR", Text::tr("Legitimate interests without a complete assessment"),
         Text::tr("The ICO expects a legitimate interests assessment (purpose, necessity and balancing tests, with an "
                  "outcome and a date) behind every reliance on legitimate interests, to show accountability.")},
        {"RB004", e, "Art. 6(1)(f) UK GDPR", Text::tr("Legitimate interests relied on although overridden"),
         Text::tr("When the balancing test finds that people's interests override the organisation's, legitimate "
                  "interests cannot be relied on for that processing.")},
        {"RB005", w, "Art. 7(1), 7(3) UK GDPR", Text::tr("Consent with an incomplete consent record"),
         Text::tr(
             "Where consent is relied on, the organisation must be able to show how it was given and how it can be "
             "withdrawn as easily as it was given.")},
        {"RB006", e, "Art. 9(1)-(2) UK GDPR", Text::tr("Special category data with no Article 9 condition"),
         Text::tr("Special category data (health, ethnicity, religion and the like) may only be used under one of the "
                  "conditions of Article 9(2), besides a lawful basis.")},
        {"RB007", w, "DPA 2018 s.10(2)-(3)", Text::tr("Article 9 condition with no Schedule 1 condition"),
         Text::tr("The conditions of Article 9(2)(b), (g), (h), (i) and (j) are met in the UK only with a condition of "
                  "Schedule 1 to the Data Protection Act 2018.")},
        {"RB008", e, "Art. 10 UK GDPR; DPA 2018 s.10(5), Sch. 1 Parts 1-3",
         Text::tr("Criminal offence data with no Schedule 1 condition"),
         Text::tr("Criminal offence data (such as DBS checks) may only be used under a condition of Parts 1 to 3 of "
                  "Schedule 1 to the Data Protection Act 2018.")},
        {"RB009", w, "DPA 2018 Sch. 1 Part 4", Text::tr("Criminal offence data with no appropriate policy document"),
         Text::tr("Most Schedule 1 conditions require an appropriate policy document explaining how the data is "
                  "protected and how long it is kept.")},
        {"RB010", e, "Arts. 44A, 46, 30(1)(e) UK GDPR (Arts. 44-46 before the DUAA 2025)",
         Text::tr("Transfer with no safeguard"),
         Text::tr(
             "Personal data may go to a country without UK adequacy regulations only with an appropriate safeguard "
             "such as the IDTA or the Addendum to the EU standard contractual clauses.")},
        {"RB011", w, "Art. 45A UK GDPR (Art. 45 and DPA 2018 s.17A before the DUAA 2025)",
         Text::tr("Adequacy transfer with no safeguard recorded"),
         Text::tr("A transfer to a country with UK adequacy regulations is allowed; the record should say so, naming "
                  "the adequacy regulations as the ground.")},
        {"RB012", e, "Art. 30(1)(d)-(e), 44A UK GDPR", Text::tr("Recipient outside the UK with no transfer recorded"),
         Text::tr(
             "Sending data to a recipient outside the UK is a restricted transfer: the record must list the country "
             "and the safeguard.")},
        {"RB013", w, "Art. 30(1)(f), 5(1)(e) UK GDPR", Text::tr("Activity with no retention rule"),
         Text::tr("The record should give the time limits for erasure; data must not be kept longer than needed.")},
        {"RB014", w, "Art. 5(1)(e) UK GDPR", Text::tr("Data category with no retention"),
         Text::tr("Every category of data should be covered by a retention rule in some activity that uses it.")},
        {"RB015", w, "Art. 30(1)(f) UK GDPR", Text::tr("Retention rule with neither a period nor an event"),
         Text::tr("A retention rule should say how long data is kept: a period, an event after which it is deleted, or "
                  "both.")},
        {"RB016", w, "Art. 28(3), 28(9) UK GDPR", Text::tr("Processor with no contract recorded"),
         Text::tr("A processor must work under a written contract with the terms of Article 28(3).")},
        {"RB017", e, "PECR reg. 6", Text::tr("Non-essential cookies without consent"),
         Text::tr("Cookies and similar technologies that are not strictly necessary, analytics included, need the "
                  "user's consent.")},
        {"RB018", w, "PECR reg. 22", Text::tr("Electronic marketing without consent"),
         Text::tr("Marketing by email or text to individuals needs their consent, unless the soft opt-in for existing "
                  "customers applies.")},
        {"RB019", w, "PECR regs. 6, 22", Text::tr("Declared PECR use with no consent activity"),
         Text::tr(
             "The organisation says it uses marketing or cookies that PECR governs; some activity should record that "
             "use with consent.")},
        {"RB020", w, "Art. 35(1), 35(3) UK GDPR", Text::tr("High-risk signs with no DPIA assessment"),
         Text::tr("Special category or criminal offence data, automated decisions, large-scale processing or "
                  "monitoring are signs of high risk; whether a DPIA is needed should be assessed.")},
        {"RB021", e, "Art. 35(1), 35(3) UK GDPR", Text::tr("Screening calls for a DPIA marked not needed"),
         Text::tr("The DPIA screening ticks call for a DPIA, so it cannot be marked as not needed.")},
        {"RB022", w, "Art. 35(1) UK GDPR", Text::tr("DPIA not done"),
         Text::tr("A DPIA must be carried out before the processing starts.")},
        {"RB023", e, "Art. 22(3) UK GDPR; DPA 2018 s.14", Text::tr("Automated decisions with no safeguards"),
         Text::tr("People subject to solely automated decisions must be able to get human intervention, express their "
                  "view and contest the decision.")},
        {"RB024", i, "Art. 13(2)(f) UK GDPR", Text::tr("Automated decisions not assessed"),
         Text::tr("Privacy notices must say whether automated decision-making takes place; the activity has not been "
                  "assessed.")},
        {"RB025", w, "Art. 6(3) UK GDPR", Text::tr("Legal obligation with no law named"),
         Text::tr("A legal obligation must be laid down by law; the record should name it.")},
        {"RB026", w, "Art. 30(1) UK GDPR", Text::tr("Catalogue entry used by no activity"),
         Text::tr("An entry no activity uses is either out of date or a sign that an activity is missing from the "
                  "register.")},
        {"RB027", w, "Art. 5(2), 24(1) UK GDPR", Text::tr("Register not reviewed for 12 months"),
         Text::tr("Measures must be reviewed and updated where necessary; a yearly review of the register is the usual "
                  "practice.")},
        {"RB028", w, "Art. 5(2), 24(1) UK GDPR", Text::tr("Activity not reviewed for 12 months"),
         Text::tr(
             "Each activity should be reviewed at least once a year. Once any activity carries a review date of its "
             "own, the ones without are listed as never reviewed; until then the register's review covers them.")},
        {"RB029", e, "Art. 30(1)(a) UK GDPR", Text::tr("Controller details missing"),
         Text::tr("The record must give the name and contact details of the controller.")},
    };
    QList<Rule> rules;
    for (const Raw& r : raw) {
        rules.push_back({QLatin1String(r.id), r.severity, QString::fromUtf8(r.article), r.title, r.help});
    }
    return rules;
}
} // namespace

QString RuleSet::version()
{
    return QStringLiteral("2026.12");
}

const QList<Rule>& RuleSet::rules()
{
    static const QList<Rule> all = makeRules();
    return all;
}

const Rule* RuleSet::find(QStringView id)
{
    const QList<Rule>& all = rules();
    const auto it = std::find_if(all.cbegin(), all.cend(), [id](const Rule& r) { return r.id == id; });
    return it == all.cend() ? nullptr : &*it;
}

} // namespace ropa::checks
