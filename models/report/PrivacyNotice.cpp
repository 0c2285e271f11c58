#include "report/PrivacyNotice.h"

#include "domain/DataSubjectRights.h"
#include "domain/InternationalTransfers.h"
#include "report/LawfulBasisMatrix.h"
#include "report/PdfComposer.h"
#include "report/RegisterHtml.h"

#include <QCoreApplication>
#include <QLocale>
#include <QSet>
#include <algorithm>

namespace ropa::report {

namespace {

// The context the strings are translated in: lupdate reads it here too, so a translator's work reaches them.
struct Text
{
    Q_DECLARE_TR_FUNCTIONS(ropa::report::PrivacyNotice)
};

// How each basis reads in the legend sentence, the marker following straight after.
QString legendPhrase(Basis basis)
{
    switch (basis) {
    case Basis::Contract:
        return Text::tr("to allow us to enter into and perform our contract with you");
    case Basis::LegalObligation:
        return Text::tr("to enable us to comply with legal obligations");
    case Basis::LegitimateInterests:
        return Text::tr("in order to pursue legitimate interests of our own or those of third parties");
    case Basis::Consent:
        return Text::tr("where you have given us your consent");
    case Basis::VitalInterests:
        return Text::tr("to protect your vital interests or those of another person");
    case Basis::PublicTask:
        return Text::tr("to perform a task in the public interest");
    }
    return {};
}

QString notRecorded()
{
    return RegisterHtml::notRecorded();
}

QString orNotRecorded(const QString& text)
{
    return text.trimmed().isEmpty() ? notRecorded() : text;
}

// On one line and without its closing full stops, to stand inside a sentence.
QString clause(const QString& text)
{
    QString s = text.simplified();
    while (s.endsWith(QLatin1Char('.'))) {
        s.chop(1);
    }
    return s;
}

// The first letter in lower case, unless the first word is an abbreviation ("DBS checks") or "I".
QString lowerFirst(const QString& text)
{
    if (text.size() < 2 || !text.at(0).isUpper() || text.at(1).isUpper() || text.startsWith(QLatin1StringView("I "))) {
        return text;
    }
    return text.at(0).toLower() + text.mid(1);
}

QString upperFirst(const QString& text)
{
    return text.isEmpty() ? text : text.at(0).toUpper() + text.mid(1);
}

// A whole sentence: capital first, a full stop last unless it already ends as a sentence does.
QString sentence(const QString& text)
{
    QString s = upperFirst(text.simplified());
    if (!s.isEmpty() && !s.endsWith(QLatin1Char('.')) && !s.endsWith(QLatin1Char('!')) &&
        !s.endsWith(QLatin1Char('?'))) {
        s += QLatin1Char('.');
    }
    return s;
}

// An event as it reads after "until" or "after": "the end of the guarantee", "the last treatment"; other events as
// they are written ("consent withdrawn").
QString withArticle(const QString& event)
{
    static const QSet<QString> nouns = {QStringLiteral("end"),         QStringLiteral("expiry"),
                                        QStringLiteral("close"),       QStringLiteral("completion"),
                                        QStringLiteral("termination"), QStringLiteral("conclusion"),
                                        QStringLiteral("last"),        QStringLiteral("first"),
                                        QStringLiteral("date"),        QStringLiteral("start")};
    return nouns.contains(event.section(QLatin1Char(' '), 0, 0).toLower()) ? Text::tr("the %1").arg(event) : event;
}

// A purpose as it reads after "we use your information": "for providing our services", "to interact with
// regulators", "to detect and prevent fraud". Purposes are written as gerunds, nouns, "To ..." or commands; a
// command takes "to", everything else "for".
QString purposePhrase(const QString& purpose)
{
    static const QSet<QString> commands = {
        QStringLiteral("administer"), QStringLiteral("analyse"), QStringLiteral("answer"),   QStringLiteral("arrange"),
        QStringLiteral("assess"),     QStringLiteral("carry"),   QStringLiteral("check"),    QStringLiteral("collect"),
        QStringLiteral("comply"),     QStringLiteral("contact"), QStringLiteral("deal"),     QStringLiteral("deliver"),
        QStringLiteral("detect"),     QStringLiteral("ensure"),  QStringLiteral("fit"),      QStringLiteral("fulfil"),
        QStringLiteral("give"),       QStringLiteral("handle"),  QStringLiteral("help"),     QStringLiteral("identify"),
        QStringLiteral("improve"),    QStringLiteral("install"), QStringLiteral("interact"), QStringLiteral("invoice"),
        QStringLiteral("keep"),       QStringLiteral("let"),     QStringLiteral("maintain"), QStringLiteral("make"),
        QStringLiteral("manage"),     QStringLiteral("meet"),    QStringLiteral("monitor"),  QStringLiteral("notify"),
        QStringLiteral("offer"),      QStringLiteral("pay"),     QStringLiteral("prevent"),  QStringLiteral("process"),
        QStringLiteral("protect"),    QStringLiteral("provide"), QStringLiteral("put"),      QStringLiteral("record"),
        QStringLiteral("recruit"),    QStringLiteral("respond"), QStringLiteral("review"),   QStringLiteral("run"),
        QStringLiteral("send"),       QStringLiteral("share"),   QStringLiteral("take"),     QStringLiteral("tell"),
        QStringLiteral("train"),      QStringLiteral("verify"),
    };
    const QString text = lowerFirst(clause(purpose));
    const QString first = text.section(QLatin1Char(' '), 0, 0).toLower();
    if (first == u"to") {
        return text;
    }
    if (!first.endsWith(QLatin1StringView("ing")) && commands.contains(first)) {
        return Text::tr("to %1").arg(text);
    }
    return Text::tr("for %1").arg(text);
}

// The purposes as one phrase: "for a, for b and to c".
QString purposePhrases(const QList<const Activity*>& activities)
{
    QStringList phrases;
    for (const Activity* a : activities) {
        phrases << purposePhrase(a->purpose);
    }
    if (phrases.size() < 2) {
        return phrases.join(QString());
    }
    const QString last = phrases.takeLast();
    return Text::tr("%1 and %2").arg(phrases.join(QStringLiteral(", ")), last);
}

QString joinedWithAnd(QStringList items, const QString& conjunction = Text::tr("and"))
{
    if (items.size() < 2) {
        return items.join(QString());
    }
    const QString last = items.takeLast();
    return items.join(QStringLiteral(", ")) + QLatin1Char(' ') + conjunction + QLatin1Char(' ') + last;
}

// A recipient and what it does with the data: "Google Analytics, for tracking ...", "Our staff, so that ...".
QString recipientSentence(const Recipient& r)
{
    const QString purpose = lowerFirst(clause(r.purpose));
    if (purpose.isEmpty()) {
        return sentence(r.name);
    }
    static const QSet<QString> linking = {
        QStringLiteral("so"),    QStringLiteral("where"), QStringLiteral("when"),   QStringLiteral("whenever"),
        QStringLiteral("to"),    QStringLiteral("in"),    QStringLiteral("if"),     QStringLiteral("because"),
        QStringLiteral("as"),    QStringLiteral("for"),   QStringLiteral("under"),  QStringLiteral("by"),
        QStringLiteral("on"),    QStringLiteral("while"), QStringLiteral("unless"), QStringLiteral("who"),
        QStringLiteral("which"), QStringLiteral("with"),
    };
    const QString first = purpose.section(QLatin1Char(' '), 0, 0).toLower();
    return sentence(linking.contains(first) ? Text::tr("%1, %2").arg(r.name.simplified(), purpose)
                                            : Text::tr("%1, for %2").arg(r.name.simplified(), purpose));
}

// Who a kind of recipient is, for a reader, as the lead of its list.
QString recipientKindLead(RecipientKind kind)
{
    switch (kind) {
    case RecipientKind::Internal:
        return Text::tr("Within our organisation:");
    case RecipientKind::Processor:
        return Text::tr("Companies that provide services to us and use your information only on our instructions:");
    case RecipientKind::Controller:
        return Text::tr("Other organisations, which use your information for their own purposes:");
    case RecipientKind::JointController:
        return Text::tr("Organisations with which we decide together how your information is used:");
    case RecipientKind::PublicAuthority:
        return Text::tr("Public authorities, courts and regulators:");
    case RecipientKind::NotRecorded:
        break;
    }
    return Text::tr("Others:");
}

// The reason a basis gives, as it follows "Where we use your information".
QString basisReason(Basis basis)
{
    switch (basis) {
    case Basis::Contract:
        return Text::tr("because we need it for a contract with you");
    case Basis::LegalObligation:
        return Text::tr("because the law requires it");
    case Basis::LegitimateInterests:
        return Text::tr("for our legitimate interests");
    case Basis::Consent:
        return Text::tr("because you have agreed to it");
    case Basis::VitalInterests:
        return Text::tr("to protect someone's life");
    case Basis::PublicTask:
        return Text::tr("to carry out a task in the public interest");
    }
    return {};
}

// Why a right is not there under a basis, as it follows "you cannot ...".
QString basisLimit(Basis basis)
{
    switch (basis) {
    case Basis::Contract:
        return Text::tr("because we need it to do what we agreed with you");
    case Basis::LegalObligation:
        return Text::tr("because the law requires us to keep it");
    case Basis::VitalInterests:
        return Text::tr("because we need it to protect someone's life");
    case Basis::PublicTask:
        return Text::tr("because we need it for that task");
    case Basis::LegitimateInterests:
    case Basis::Consent:
        break;
    }
    return {};
}

// What a person can and cannot ask for where we rely on one basis, after the rule of DataSubjectRights.
QString rightsSentence(Basis basis)
{
    const QList<Right> available = DataSubjectRights::available({LawfulBasis{basis}});
    QStringList can{Text::tr("ask for a copy"), Text::tr("ask us to correct it")};
    if (available.contains(Right::Erasure)) {
        can << Text::tr("ask us to delete it");
    }
    if (available.contains(Right::Portability)) {
        can << Text::tr("ask us to send it to you or to another organisation in a form a computer can read");
    }
    if (available.contains(Right::Object)) {
        can << Text::tr("object, and we must then stop unless we have compelling reasons to go on");
    }
    if (available.contains(Right::WithdrawConsent)) {
        can << Text::tr("withdraw your consent at any time, and we will then stop");
    }
    QString text = Text::tr("Where we use your information %1, you can %2").arg(basisReason(basis), joinedWithAnd(can));
    // Consent cannot be objected to, but withdrawing it does the same.
    const bool noErasure = !available.contains(Right::Erasure);
    const bool noObjection = !available.contains(Right::Object) && !available.contains(Right::WithdrawConsent);
    if (noErasure && noObjection) {
        text += Text::tr("; you cannot ask us to delete it or to stop, %1").arg(basisLimit(basis));
    } else if (noErasure) {
        text += Text::tr("; you cannot ask us to delete it, %1").arg(basisLimit(basis));
    } else if (noObjection) {
        text += Text::tr("; you cannot ask us to stop, %1").arg(basisLimit(basis));
    }
    return text + QLatin1Char('.');
}

} // namespace

PrivacyNotice::PrivacyNotice(const Register& reg, const DocumentInfo& info)
    : m_register(reg)
    , m_info(info)
    , m_index(reg)
    , m_gaps(reg)
{ }

QString PrivacyNotice::title() const
{
    return Text::tr("Privacy notice") + QStringLiteral(" - ") + orNotRecorded(m_register.controller.name);
}

QString PrivacyNotice::legendSentence() const
{
    const LawfulBasisMatrix matrix(m_register);
    QStringList phrases;
    for (const Basis basis : matrix.markedBases()) {
        phrases << legendPhrase(basis) + matrix.marker(basis);
    }
    const QString last = phrases.takeLast();
    return Text::tr(
               "We need the categories of information listed above %1, and %2 (provided your interests and fundamental "
               "rights do not override those interests). We have indicated by asterisks the purpose or purposes for "
               "which we are processing or will process your personal information.")
        .arg(phrases.join(QStringLiteral(", ")), last);
}

QString PrivacyNotice::contactRoutes(bool withPost) const
{
    const Controller& c = m_register.controller;
    QStringList routes;
    if (!c.email.trimmed().isEmpty()) {
        routes << Text::tr("by email at %1").arg(c.email.trimmed());
    }
    if (!c.phone.trimmed().isEmpty()) {
        routes << Text::tr("by telephone on %1").arg(c.phone.trimmed());
    }
    const QString address = c.address.trimmed().replace(QLatin1Char('\n'), QStringLiteral(", ")).simplified();
    if ((withPost || routes.isEmpty()) && !address.isEmpty()) {
        routes << Text::tr("by post at %1").arg(address);
    }
    return joinedWithAnd(routes, Text::tr("or"));
}

PrivacyNotice::Part PrivacyNotice::whoWeAre() const
{
    const Controller& c = m_register.controller;
    Part part{Text::tr("Who we are"), {}};
    const QString address = c.address.trimmed().replace(QLatin1Char('\n'), QStringLiteral(", ")).simplified();
    part.blocks << Block{address.isEmpty()
                             ? Text::tr("In this privacy notice 'we' means %1.").arg(orNotRecorded(clause(c.name)))
                             : Text::tr("In this privacy notice 'we' means %1 of %2.")
                                   .arg(orNotRecorded(c.name.simplified()), clause(address)),
                         {}}
                << Block{Text::tr(
                             "We are the data controller of your personal information for the purposes of the UK GDPR "
                             "and the Data Protection Act 2018."),
                         {}};
    const QString routes = contactRoutes(true);
    part.blocks << Block{routes.isEmpty()
                             ? Text::tr("How to contact us about privacy or data protection: %1.").arg(notRecorded())
                             : Text::tr("You can contact us about privacy or data protection %1.").arg(clause(routes)),
                         {}};
    if (!c.dpo.trimmed().isEmpty()) {
        part.blocks << Block{Text::tr("Our data protection officer or privacy contact is %1.").arg(clause(c.dpo)), {}};
    }
    if (!c.representative.trimmed().isEmpty()) {
        part.blocks << Block{Text::tr("Our representative is %1.").arg(clause(c.representative)), {}};
    }
    if (!c.icoRegistration.trimmed().isEmpty()) {
        part.blocks << Block{Text::tr("We are registered with the Information Commissioner's Office under number %1.")
                                 .arg(clause(c.icoRegistration)),
                             {}};
    }
    return part;
}

PrivacyNotice::Part PrivacyNotice::whatWeCollect() const
{
    Block list{Text::tr("We may collect the following information about you:"), {}};
    for (const DataCategory& d : m_register.dataCategories) {
        QString text = sentence(d.description.trimmed().isEmpty() ? d.name : d.description);
        if (d.special == SpecialCategory::Art9) {
            text += QLatin1Char(' ') + Text::tr("The law protects this kind of information more strictly.");
        } else if (d.special == SpecialCategory::Art10) {
            text += QLatin1Char(' ') +
                Text::tr("The law protects information about criminal convictions and offences more strictly.");
        }
        list.bullets << text;
    }
    if (list.bullets.isEmpty()) {
        list.paragraph = notRecorded() + QLatin1Char('.');
    }
    Part part{Text::tr("What information we collect about you"), {list}};
    for (const Activity& a : m_register.activities) {
        if (m_gaps.has(NoticeGaps::Item::DataCategories, a.id)) {
            part.blocks << Block{
                Text::tr("The information we use %1: %2.").arg(purposePhrase(a.purpose), notRecorded()), {}};
        }
    }
    return part;
}

PrivacyNotice::Part PrivacyNotice::sources() const
{
    Block list{Text::tr("We get information about you from you and from these sources:"), {}};
    for (const Source& s : m_register.sources) {
        list.bullets << sentence(s.name);
    }
    if (list.bullets.isEmpty()) {
        list.paragraph = notRecorded() + QLatin1Char('.');
    }
    Part part{Text::tr("Where we get your information from"), {list}};
    for (const Activity& a : m_register.activities) {
        if (m_gaps.has(NoticeGaps::Item::Sources, a.id)) {
            part.blocks << Block{
                Text::tr("Where we get the information we use %1: %2.").arg(purposePhrase(a.purpose), notRecorded()),
                {}};
        }
    }
    return part;
}

PrivacyNotice::Part PrivacyNotice::howWeUse() const
{
    const LawfulBasisMatrix matrix(m_register);
    Block list{legendSentence(), {}};
    for (const LawfulBasisMatrix::Row& row : matrix.rows()) {
        list.bullets << matrix.rowText(row);
    }
    Part part{Text::tr("How we use your personal information"), {list}};

    Block laws{Text::tr("Where the law requires us to use your information, these are the laws:"), {}};
    Block interests{
        Text::tr("When we use your information for legitimate interests, ours or those of others, we do so only "
                 "where your interests and rights do not override them."),
        {}};
    Block unknownInterests{
        Text::tr("The interest we pursue when we use your information for each of these purposes: %1.")
            .arg(notRecorded()),
        {}};
    Block noBasis{Text::tr("The lawful basis on which we use your information:"), {}};
    for (const Activity& a : m_register.activities) {
        const QString purpose = upperFirst(purposePhrase(a.purpose));
        const LawfulBasis* lo = a.findBasis(Basis::LegalObligation);
        if (lo && !lo->law.trimmed().isEmpty()) {
            laws.bullets << Text::tr("%1, we must use your information under %2.").arg(purpose, clause(lo->law));
        }
        const LawfulBasis* li = a.findBasis(Basis::LegitimateInterests);
        if (li) {
            const QString interest = lowerFirst(clause(li->interest));
            if (m_gaps.has(NoticeGaps::Item::LegitimateInterest, a.id)) {
                unknownInterests.bullets << upperFirst(clause(a.purpose));
            } else if (interest.startsWith(QLatin1StringView("to "))) {
                interests.bullets << Text::tr("%1, our interest is %2.").arg(purpose, interest);
            } else {
                interests.bullets << Text::tr("%1, we pursue our interest in %2.").arg(purpose, interest);
            }
        }
        if (m_gaps.has(NoticeGaps::Item::LawfulBasis, a.id)) {
            noBasis.bullets << Text::tr("%1: %2.").arg(upperFirst(clause(a.purpose)), notRecorded());
        }
    }
    if (!laws.bullets.isEmpty()) {
        part.blocks << laws;
    }
    if (!interests.bullets.isEmpty()) {
        interests.paragraph += QLatin1Char(' ') + Text::tr("The interests we pursue are:");
    }
    if (!interests.bullets.isEmpty() || !unknownInterests.bullets.isEmpty()) {
        part.blocks << interests;
    }
    if (!unknownInterests.bullets.isEmpty()) {
        part.blocks << unknownInterests;
    }
    if (!noBasis.bullets.isEmpty()) {
        part.blocks << noBasis;
    }
    return part;
}

PrivacyNotice::Part PrivacyNotice::ifNotGiven() const
{
    Block contract{Text::tr("We need it for our contract with you for:"), {}};
    Block law{Text::tr("The law requires it for:"), {}};
    for (const Activity& a : m_register.activities) {
        if (a.hasBasis(Basis::Contract)) {
            contract.bullets << upperFirst(clause(a.purpose));
        }
        if (a.hasBasis(Basis::LegalObligation)) {
            law.bullets << upperFirst(clause(a.purpose));
        }
    }
    Part part{Text::tr("If you do not give us your information"), {}};
    if (contract.bullets.isEmpty() && law.bullets.isEmpty()) {
        part.blocks << Block{Text::tr("We do not need your information for a contract with you, and the law does not "
                                      "require you to give it to us."),
                             {}};
        return part;
    }
    QString lead;
    if (law.bullets.isEmpty()) {
        lead = Text::tr(
            "Where we need your information for a contract with you and you do not give it to us, we may not be "
            "able to enter into or carry out the contract with you.");
    } else if (contract.bullets.isEmpty()) {
        lead = Text::tr(
            "Where the law requires us to collect your information and you do not give it to us, we may not be "
            "able to provide what you ask of us.");
    } else {
        lead = Text::tr(
            "Where we need your information for a contract with you, or the law requires us to collect it, and "
            "you do not give it to us, we may not be able to enter into or carry out the contract with you.");
    }
    part.blocks << Block{
        lead + QLatin1Char(' ') +
            Text::tr("In that case we may have to cancel a service you have with us, and we will tell you "
                     "so at the time."),
        {}};
    for (const Block& block : {contract, law}) {
        if (!block.bullets.isEmpty()) {
            part.blocks << block;
        }
    }
    return part;
}

PrivacyNotice::Part PrivacyNotice::automatedDecisions() const
{
    Part part{Text::tr("Decisions made by automated means"), {}};
    Block unknown{
        Text::tr("Whether we make decisions about you by automated means alone, profiling included, when we use "
                 "your information for these purposes: %1.")
            .arg(notRecorded()),
        {}};
    bool anyYes = false;
    bool anyNo = false;
    for (const Activity& a : m_register.activities) {
        const AutomatedDecisions& ad = a.automatedDecisions;
        if (ad.status == AutomatedDecisionStatus::Yes) {
            anyYes = true;
            part.blocks << Block{
                Text::tr("%1, we make decisions about you by automated means alone. You can ask for a "
                         "person to look at the decision again, give us your view and challenge it: %2.")
                    .arg(upperFirst(purposePhrase(a.purpose)),
                         ad.safeguards.trimmed().isEmpty() ? notRecorded() : lowerFirst(clause(ad.safeguards))),
                {}};
        } else if (ad.status == AutomatedDecisionStatus::No) {
            anyNo = true;
        } else {
            unknown.bullets << upperFirst(clause(a.purpose));
        }
    }
    if (!anyYes && !anyNo && !unknown.bullets.isEmpty()) {
        part.blocks << Block{
            Text::tr("Whether we make decisions about you by automated means alone, profiling included: %1.")
                .arg(notRecorded()),
            {}};
        return part;
    }
    if (!unknown.bullets.isEmpty()) {
        part.blocks << unknown;
    } else if (anyYes) {
        part.blocks << Block{Text::tr("We make no other decisions about you by automated means alone."), {}};
    } else {
        part.blocks << Block{
            Text::tr("We do not make decisions about you by automated means alone, profiling included."), {}};
    }
    return part;
}

PrivacyNotice::Part PrivacyNotice::marketing() const
{
    QList<const Activity*> uses;
    for (const Activity& a : m_register.activities) {
        if (a.pecr.contains(PecrUse::ElectronicMarketing)) {
            uses << &a;
        }
    }
    if (uses.isEmpty() && !m_register.pecrDeclared.contains(PecrUse::ElectronicMarketing)) {
        return {};
    }
    Part part{Text::tr("Marketing"), {}};
    QStringList purposes;
    bool allConsent = !uses.isEmpty();
    QStringList stops;
    for (const Activity* a : uses) {
        purposes << lowerFirst(clause(a->purpose));
        const LawfulBasis* consent = a->findBasis(Basis::Consent);
        allConsent = allConsent && consent != nullptr;
        const QString how = consent ? lowerFirst(clause(consent->consent.howWithdrawn)) : QString();
        if (!how.isEmpty() && !stops.contains(how)) {
            stops << how;
        }
    }
    QString text = purposes.isEmpty()
        ? Text::tr("We may send you marketing by email, text or phone.")
        : Text::tr("We may send you marketing by email, text or phone: %1.").arg(joinedWithAnd(purposes));
    if (allConsent) {
        text += QLatin1Char(' ') + Text::tr("We send it only if you have agreed to it.");
    }
    part.blocks << Block{text, {}};
    for (const QString& how : stops) {
        part.blocks << Block{Text::tr("To stop it: %1.").arg(how), {}};
    }
    const QString routes = contactRoutes(false);
    part.blocks << Block{
        routes.isEmpty()
            ? Text::tr("You can tell us to stop sending you marketing at any time, and we will stop.")
            : Text::tr("You can tell us to stop sending you marketing at any time by contacting us %1, and "
                       "we will stop.")
                  .arg(clause(routes)),
        {}};
    return part;
}

PrivacyNotice::Part PrivacyNotice::cookies() const
{
    QList<const Activity*> uses;
    for (const Activity& a : m_register.activities) {
        if (a.pecr.contains(PecrUse::NonEssentialCookies)) {
            uses << &a;
        }
    }
    if (uses.isEmpty() && !m_register.pecrDeclared.contains(PecrUse::NonEssentialCookies)) {
        return {};
    }
    Part part{Text::tr("Cookies"), {}};
    QString text = uses.isEmpty() ? Text::tr("Our website uses cookies and similar technologies that are not strictly "
                                             "necessary, such as analytics cookies.")
                                  : Text::tr("Our website uses cookies and similar technologies that are not strictly "
                                             "necessary, such as analytics cookies, when we use your information %1.")
                                        .arg(purposePhrases(uses));
    QStringList providers;
    bool consent = false;
    QStringList changes;
    for (const Activity* a : uses) {
        for (const QString& id : a->recipients) {
            const Recipient* r = m_index.recipient(id);
            if (r && r->kind != RecipientKind::Internal && !providers.contains(r->name.simplified())) {
                providers << r->name.simplified();
            }
        }
        if (const LawfulBasis* c = a->findBasis(Basis::Consent)) {
            consent = true;
            const QString how = lowerFirst(clause(c->consent.howWithdrawn));
            if (!how.isEmpty() && !changes.contains(how)) {
                changes << how;
            }
        }
    }
    if (!providers.isEmpty()) {
        text += QLatin1Char(' ') + Text::tr("They are provided by %1.").arg(joinedWithAnd(providers));
    }
    part.blocks << Block{text, {}};
    if (consent) {
        part.blocks << Block{Text::tr("We set them only if you agree, and you can change your mind at any time."), {}};
        for (const QString& how : changes) {
            part.blocks << Block{Text::tr("To change your choice: %1.").arg(how), {}};
        }
    }
    part.blocks << Block{Text::tr("You can also block or delete cookies in your browser's settings."), {}};
    return part;
}

PrivacyNotice::Part PrivacyNotice::sharing() const
{
    Part part{Text::tr("Who we share your personal information with"), {}};
    if (m_register.recipients.isEmpty()) {
        part.blocks << Block{Text::tr("We do not share your information with anyone else."), {}};
        return part;
    }
    part.blocks << Block{Text::tr("We may share your information with the following."), {}};
    for (const RecipientKind kind :
         {RecipientKind::Internal, RecipientKind::Processor, RecipientKind::Controller, RecipientKind::JointController,
          RecipientKind::PublicAuthority, RecipientKind::NotRecorded}) {
        Block block{recipientKindLead(kind), {}};
        for (const Recipient& r : m_register.recipients) {
            if (r.kind == kind) {
                block.bullets << recipientSentence(r);
            }
        }
        if (!block.bullets.isEmpty()) {
            part.blocks << block;
        }
    }
    return part;
}

PrivacyNotice::Part PrivacyNotice::transfers() const
{
    // One line for each recipient, country and safeguard, naming every purpose that sends data that way.
    struct Route
    {
        QString who;
        QString safeguard;
        QList<const Activity*> activities;
    };
    QList<Route> routes;
    const auto recipient = [this](const QString& id) { return m_index.recipient(id); };
    for (const Activity& a : m_register.activities) {
        const auto add = [&](const QString& country, const QString& safeguard) {
            QStringList names;
            for (const QString& id : a.recipients) {
                const Recipient* r = m_index.recipient(id);
                if (r && r->country.trimmed().compare(country, Qt::CaseInsensitive) == 0) {
                    names << r->name.simplified();
                }
            }
            const QString where = InternationalTransfers::countryInSentence(country);
            const QString who =
                names.isEmpty() ? upperFirst(where) : Text::tr("%1 in %2").arg(joinedWithAnd(names), where);
            const QString protection = safeguard.trimmed().isEmpty() ? notRecorded() : clause(safeguard);
            for (Route& route : routes) {
                if (route.who == who && route.safeguard == protection) {
                    if (!route.activities.contains(&a)) {
                        route.activities << &a;
                    }
                    return;
                }
            }
            routes.append({who, protection, {&a}});
        };
        for (const Transfer& t : a.transfers) {
            if (!InternationalTransfers::isUk(t.country)) {
                add(t.country.trimmed(), t.safeguard);
            }
        }
        for (const InternationalTransfers::Unrecorded& u : InternationalTransfers::unrecorded(a, recipient)) {
            add(u.country, {});
        }
    }
    Part part{Text::tr("Sending your information outside the UK"), {}};
    if (routes.isEmpty()) {
        part.blocks << Block{Text::tr("We do not send your information outside the United Kingdom."), {}};
        return part;
    }
    Block list{Text::tr("Some of your information goes outside the United Kingdom:"), {}};
    for (const Route& route : routes) {
        list.bullets << Text::tr(
                            "%1, when we use your information %2. The safeguard that protects your information there: "
                            "%3.")
                            .arg(route.who, purposePhrases(route.activities), route.safeguard);
    }
    part.blocks << list;
    return part;
}

PrivacyNotice::Part PrivacyNotice::retention() const
{
    Block list{
        Text::tr("We keep your personal information only for as long as we need it for the purposes for which it "
                 "was collected:"),
        {}};
    for (const RetentionRule& r : m_register.retentionRules) {
        const QString description = r.description.simplified();
        const QString words = RetentionRule::periodInWords(r.period);
        const QString trigger = withArticle(lowerFirst(clause(r.trigger)));
        QString keep;
        if (!words.isEmpty() && !description.contains(words, Qt::CaseInsensitive)) {
            keep = trigger.isEmpty() ? Text::tr("We keep this information for %1.").arg(words)
                                     : Text::tr("We keep this information for %1 after %2.").arg(words, trigger);
        } else if (words.isEmpty() && !trigger.isEmpty() && !description.contains(trigger, Qt::CaseInsensitive)) {
            keep = Text::tr("We keep this information until %1.").arg(trigger);
        }
        QStringList text;
        if (!description.isEmpty()) {
            text << sentence(description);
        }
        if (!keep.isEmpty()) {
            text << keep;
        }
        if (text.isEmpty()) {
            text << Text::tr("%1: %2.").arg(r.id, notRecorded());
        }
        list.bullets << text.join(QLatin1Char(' '));
    }
    for (const Activity& a : m_register.activities) {
        if (m_gaps.has(NoticeGaps::Item::Retention, a.id)) {
            list.bullets << Text::tr("How long we keep the information we use %1: %2.")
                                .arg(purposePhrase(a.purpose), notRecorded());
        }
    }
    if (list.bullets.isEmpty()) {
        list.paragraph += QLatin1Char(' ') + notRecorded() + QLatin1Char('.');
    }
    return {Text::tr("How long we keep your personal information"), {list}};
}

PrivacyNotice::Part PrivacyNotice::rights() const
{
    Part part{Text::tr("Your rights"), {}};
    part.blocks << Block{
        Text::tr("Whatever the reason we use your information, you have the right to be told how we use "
                 "it, as this notice does, to ask for a copy of it, to ask us to correct it if it is wrong "
                 "or incomplete, and to ask us to limit how we use it while a concern you raise is looked "
                 "into."),
        {}};
    Block byBasis{Text::tr("Your other rights depend on the reason we use your information:"), {}};
    for (const Basis basis : kNoticeOrder) {
        const bool used = std::any_of(m_register.activities.cbegin(), m_register.activities.cend(),
                                      [basis](const Activity& a) { return a.hasBasis(basis); });
        if (used) {
            byBasis.bullets << rightsSentence(basis);
        }
    }
    if (!byBasis.bullets.isEmpty()) {
        part.blocks << byBasis;
    }
    part.blocks << Block{
        Text::tr("You can tell us to stop using your information for direct marketing at any time, whatever "
                 "the reason we use it."),
        {}};
    const QString routes = contactRoutes(true);
    part.blocks << Block{routes.isEmpty() ? Text::tr("To use any of these rights, please contact us.")
                                          : Text::tr("To use any of these rights, contact us %1.").arg(clause(routes)),
                         {}};
    return part;
}

PrivacyNotice::Part PrivacyNotice::complaints() const
{
    return {
        Text::tr("How to complain"),
        {Block{Text::tr("If you wish to complain about how we collect or use your personal information, please contact "
                        "us first so that we can try to resolve it."),
               {}},
         Block{Text::tr("You have the right to complain to the Information Commissioner's Office (ICO), the UK "
                        "supervisory authority for data protection."),
               {}},
         Block{Text::tr("You can contact the ICO at: Information Commissioner's Office, Wycliffe House, Water Lane, "
                        "Wilmslow, Cheshire SK9 5AF; website ico.org.uk; telephone 0303 123 1113."),
               {}}}};
}

PrivacyNotice::Part PrivacyNotice::version() const
{
    const QDate date = m_info.produced.date();
    const QString dated = date.isValid()
        ? Text::tr("This is version %1 of this notice, dated %2.")
              .arg(QString::number(m_info.revision),
                   QLocale(QLocale::English, QLocale::UnitedKingdom).toString(date, QStringLiteral("d MMMM yyyy")))
        : Text::tr("This is version %1 of this notice.").arg(m_info.revision);
    return {
        Text::tr("Changes to this notice"),
        {Block{Text::tr("We keep this notice under review and will publish any changes here."), {}}, Block{dated, {}}}};
}

QList<PrivacyNotice::Part> PrivacyNotice::parts() const
{
    QList<Part> parts{whoWeAre(),           whatWeCollect(), sources(),    howWeUse(), ifNotGiven(),
                      automatedDecisions(), marketing(),     cookies(),    sharing(),  transfers(),
                      retention(),          rights(),        complaints(), version()};
    // Marketing and cookies have no part where the register has no such use.
    parts.removeIf([](const Part& part) { return part.heading.isEmpty(); });
    return parts;
}

QString PrivacyNotice::text() const
{
    QString out = title() + QStringLiteral("\n");
    for (const Part& part : parts()) {
        out += QStringLiteral("\n") + part.heading + QStringLiteral("\n\n");
        for (const Block& block : part.blocks) {
            if (!block.paragraph.isEmpty()) {
                out += block.paragraph + QStringLiteral("\n\n");
            }
            for (const QString& b : block.bullets) {
                out += QStringLiteral("  \u2022 ") + b + QStringLiteral("\n");
            }
            if (!block.bullets.isEmpty()) {
                out += QStringLiteral("\n");
            }
        }
    }
    return out;
}

QString PrivacyNotice::bodyHtml() const
{
    QString html = QStringLiteral("<h1>") + title().toHtmlEscaped() + QStringLiteral("</h1>\n");
    for (const Part& part : parts()) {
        html += QStringLiteral("<h2>") + part.heading.toHtmlEscaped() + QStringLiteral("</h2>\n");
        for (const Block& block : part.blocks) {
            if (!block.paragraph.isEmpty()) {
                html += QStringLiteral("<p>") + block.paragraph.toHtmlEscaped() + QStringLiteral("</p>\n");
            }
            if (!block.bullets.isEmpty()) {
                html += QStringLiteral("<ul>\n");
                for (const QString& b : block.bullets) {
                    html += QStringLiteral("<li>") + b.toHtmlEscaped() + QStringLiteral("</li>\n");
                }
                html += QStringLiteral("</ul>\n");
            }
        }
    }
    return html;
}

QByteArray PrivacyNotice::html() const
{
    const QString page =
        QStringLiteral("<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head>\n<meta charset=\"utf-8\">\n<title>") +
        title().toHtmlEscaped() + QStringLiteral("</title>\n<style>\n") + RegisterHtml::styleSheet() +
        QStringLiteral(
            "\nbody { max-width: 50em; margin: 2em auto; padding: 0 1em; font-size: 11pt; line-height: 1.4; }\n"
            "</style>\n</head>\n<body>\n") +
        bodyHtml() + QStringLiteral("</body>\n</html>\n");
    return page.toUtf8();
}

Result<QByteArray> PrivacyNotice::pdf() const
{
    return compose()->render();
}

std::unique_ptr<PdfComposer> PrivacyNotice::compose() const
{
    const QString controller = orNotRecorded(m_register.controller.name);
    PdfComposer::Options options;
    options.orientation = QPageLayout::Portrait;
    options.title = title();
    options.author = controller;
    options.subject =
        Text::tr("Privacy notice generated from the record of processing activities, version %1").arg(m_info.revision);
    options.headerText = Text::tr("Privacy notice");
    options.footerText = controller;
    options.styleSheet = RegisterHtml::styleSheet() +
        // Qt's rich text takes margins in pixels only; in points they are dropped and paragraphs run together.
        QStringLiteral(" p, li { font-size: 10pt; } p { margin-bottom: 7px; } h2 { margin-top: 18px; margin-bottom: "
                       "6px; } li { margin-bottom: 3px; }");
    auto composer = std::make_unique<PdfComposer>(options);
    composer->layout({PdfComposer::Section::text(bodyHtml(), true)});
    return composer;
}

} // namespace ropa::report
