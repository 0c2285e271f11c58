#include "session/RegisterDocument.h"

#include "core/Overloaded.h"
#include "domain/Fingerprint.h"
#include "session/Actor.h"
#include "session/AddActivityCommand.h"
#include "session/AddCatalogueEntryCommand.h"
#include "session/ApplyChangesCommand.h"
#include "session/AuditAction.h"
#include "session/ChangeActivityCommand.h"
#include "session/ChangeCatalogueEntryCommand.h"
#include "session/ChangeOrganisationCommand.h"
#include "session/MoveActivityCommand.h"
#include "session/RegisterLocation.h"
#include "session/RemoveActivityCommand.h"
#include "session/RemoveCatalogueEntryCommand.h"
#include "store/RegisterRepository.h"

#include <QDateTime>
#include <QFileInfo>
#include <QSocketNotifier>
#include <QTimer>
#include <QUndoStack>

namespace ropa::session {

namespace {

void addLine(QStringList& lines, const QString& label, const QString& value)
{
    if (!value.trimmed().isEmpty()) {
        lines << label + QStringLiteral(": ") + value;
    }
}

// The text an activity has that before did not, field by field.
void describeActivity(QStringList& lines, const Activity& changed, const Activity* before)
{
    const auto differs = [&](auto member) { return !before || changed.*member != (*before).*member; };
    if (differs(&Activity::purpose)) {
        addLine(lines, RegisterDocument::tr("Purpose"), changed.purpose);
    }
    if (differs(&Activity::description)) {
        addLine(lines, RegisterDocument::tr("Description"), changed.description);
    }
    if (differs(&Activity::businessFunction)) {
        addLine(lines, RegisterDocument::tr("Business function"), changed.businessFunction);
    }
    if (const LawfulBasis* li = changed.findBasis(Basis::LegitimateInterests)) {
        const LawfulBasis* old = before ? before->findBasis(Basis::LegitimateInterests) : nullptr;
        if (!old || old->interest != li->interest) {
            addLine(lines, RegisterDocument::tr("Legitimate interest"), li->interest);
        }
    }
    if (differs(&Activity::specialCondition)) {
        addLine(lines, RegisterDocument::tr("Art. 9/10 condition"), changed.specialCondition.value_or(QString()));
    }
    if (differs(&Activity::transfers)) {
        for (const Transfer& t : changed.transfers) {
            addLine(lines, RegisterDocument::tr("Transfer"),
                    QStringList{t.country, t.safeguard}.join(QStringLiteral(", ")));
        }
    }
    if (differs(&Activity::securityMeasures)) {
        addLine(lines, RegisterDocument::tr("Security measures"), changed.securityMeasures);
    }
}

// What changes would have written that reg does not hold, as lines a user can read and copy.
QString describeUnsaved(const QList<RegisterChange>& changes, const Register& reg)
{
    using C = RegisterChange;
    QStringList lines;
    for (const RegisterChange& change : changes) {
        if (const auto* c = change.as<C::UpdateActivity>()) {
            const qsizetype index = reg.indexOfActivity(c->activity.id);
            describeActivity(lines, c->activity, index >= 0 ? &reg.activities.at(index) : nullptr);
        } else if (const auto* c = change.as<C::InsertActivity>()) {
            describeActivity(lines, c->activity, nullptr);
        } else if (const auto* c = change.as<C::UpdateEntry>()) {
            const Catalogue::Kind kind = Catalogue::kindOf(c->entry);
            const qsizetype row = Catalogue::indexOf(reg, kind, Catalogue::idOf(c->entry));
            for (const Catalogue::Field& field : Catalogue::fields(kind)) {
                const QString value = Catalogue::value(c->entry, field.key);
                if (row < 0 || Catalogue::value(reg, kind, row, field.key) != value) {
                    addLine(lines, field.label, value);
                }
            }
        } else if (const auto* c = change.as<C::UpdateOrganisation>()) {
            const Controller& was = reg.controller;
            const Controller& now = c->controller;
            const QList<std::pair<QString, QString Controller::*>> fields = {
                {RegisterDocument::tr("Name"), &Controller::name},
                {RegisterDocument::tr("Address"), &Controller::address},
                {RegisterDocument::tr("Email"), &Controller::email},
                {RegisterDocument::tr("Phone"), &Controller::phone},
                {RegisterDocument::tr("DPO or privacy contact"), &Controller::dpo},
                {RegisterDocument::tr("Representative"), &Controller::representative},
                {RegisterDocument::tr("ICO registration"), &Controller::icoRegistration}};
            for (const auto& [label, member] : fields) {
                if (now.*member != was.*member) {
                    addLine(lines, label, now.*member);
                }
            }
        }
    }
    return lines.join(QLatin1Char('\n'));
}

// Whether error says the file cannot be written at all any more, rather than that one change was refused: the
// store says so, or it reports I/O trouble and the file is gone from its place or can no longer be written.
bool cannotBeWritten(const Error& error, const QString& location)
{
    if (error.code == ErrorCode::ReadOnly) {
        return true;
    }
    if (error.code != ErrorCode::Io) {
        return false;
    }
    const QFileInfo file(location);
    const QFileInfo folder(file.absolutePath());
    return !file.exists() || !file.isWritable() || !folder.exists() || !folder.isWritable();
}

} // namespace

RegisterDocument::RegisterDocument(std::unique_ptr<store::RegisterRepository> repository,
                                   store::RegisterSnapshot snapshot, QString actor)
    : m_repository(std::move(repository))
    , m_location(m_repository->location())
    , m_register(std::move(snapshot.reg))
    , m_revision(snapshot.info.revision)
    , m_actor(std::move(actor))
    , m_undoStack(new QUndoStack(this))
{
    watchForOthersChanges();
}

void RegisterDocument::watchForOthersChanges()
{
    const qintptr socket = m_repository ? m_repository->changeSocket() : -1;
    if (m_changeNotifier && (socket < 0 || m_changeNotifier->socket() != socket)) {
        delete m_changeNotifier;
        m_changeNotifier = nullptr;
    }
    if (socket >= 0 && !m_changeNotifier) {
        m_changeNotifier = new QSocketNotifier(socket, QSocketNotifier::Read, this);
        connect(m_changeNotifier, &QSocketNotifier::activated, this, &RegisterDocument::checkOthersChanges);
    }
}

void RegisterDocument::checkOthersChanges()
{
    if (!m_repository) {
        return;
    }
    const Result<qint64> announced = m_repository->announcedRevision();
    // A connection that went away says so with the next edit, which connects again; until then nothing is read.
    if (announced && announced.value() > m_revision) {
        reloadFromStore(false);
    }
    watchForOthersChanges();
}

void RegisterDocument::reloadFromStore(bool evenAtThisRevision)
{
    if (!m_repository) {
        return;
    }
    Result<store::RegisterSnapshot> snapshot = m_repository->load();
    if (!snapshot || snapshot->info.revision < m_revision ||
        (snapshot->info.revision == m_revision && !evenAtThisRevision)) {
        return;
    }
    m_revision = snapshot->info.revision;
    if (snapshot->reg == m_register) {
        return;
    }
    Q_EMIT aboutToBeReloaded();
    m_register = std::move(snapshot->reg);
    Q_EMIT reloaded();
    m_undoStack->clear();
    Q_EMIT headerChanged();
    Q_EMIT changed();
}

RegisterDocument::~RegisterDocument()
{
    // Commands refer to this document; they must go before it does.
    delete m_undoStack;
}

Result<std::unique_ptr<RegisterDocument>> RegisterDocument::open(const QString& location, QByteArrayView passphrase)
{
    Result<std::unique_ptr<store::RegisterRepository>> repository = RegisterLocation(location).open(passphrase);
    if (!repository) {
        return repository.error();
    }
    Result<store::RegisterSnapshot> snapshot = repository.value()->load();
    if (!snapshot) {
        return snapshot.error();
    }
    return std::make_unique<RegisterDocument>(std::move(repository.value()), std::move(snapshot.value()),
                                              Actor::current());
}

Result<std::unique_ptr<RegisterDocument>> RegisterDocument::create(const QString& location, QByteArrayView passphrase,
                                                                   const Register& reg)
{
    const store::AuditRecord audit = AuditAction::creating(reg, Actor::current());
    Result<std::unique_ptr<store::RegisterRepository>> repository =
        RegisterLocation(location).create(passphrase, reg, audit);
    if (!repository) {
        return repository.error();
    }
    Result<store::RegisterSnapshot> snapshot = repository.value()->load();
    if (!snapshot) {
        return snapshot.error();
    }
    return std::make_unique<RegisterDocument>(std::move(repository.value()), std::move(snapshot.value()), audit.actor);
}

Result<Register> RegisterDocument::storedRegister() const
{
    if (!m_repository) {
        return detachedError();
    }
    Result<store::RegisterSnapshot> snapshot = m_repository->load();
    if (!snapshot) {
        return snapshot.error();
    }
    return std::move(snapshot->reg);
}

report::DocumentInfo RegisterDocument::documentInfo() const
{
    return {QDateTime::currentDateTimeUtc(), m_revision, Fingerprint::of(m_register), false};
}

Result<QList<store::AuditEntry>> RegisterDocument::auditEntries() const
{
    if (!m_repository) {
        return detachedError();
    }
    return m_repository->auditLog();
}

Status RegisterDocument::backUp(const QString& path) const
{
    if (!m_repository) {
        return detachedError();
    }
    if (const Status refused = RegisterLocation(m_location).refuseAsOutput(path); !refused) {
        return refused;
    }
    return m_repository->backUp(path);
}

Status RegisterDocument::changePassphrase(QByteArrayView current, QByteArrayView newPassphrase)
{
    // The file is locked while open, so the check opens it only once this document has let go of it.
    m_repository.reset();
    Result<std::unique_ptr<store::RegisterRepository>> reopened = RegisterLocation(m_location).open(current);
    if (!reopened) {
        return reopened.error();
    }
    const Result<store::RegisterInfo> info = reopened.value()->info();
    if (!info) {
        return info.error();
    }
    if (info->revision != m_revision || info->fingerprint != Fingerprint::of(m_register)) {
        return Error{ErrorCode::Conflict,
                     tr("%1 was changed elsewhere; open it again before changing its passphrase.")
                         .arg(QFileInfo(m_location).fileName())};
    }
    m_repository = std::move(reopened.value());
    return m_repository->changePassphrase(newPassphrase);
}

Result<BackupFile> RegisterDocument::rotateBackups(int keep) const
{
    if (!m_repository) {
        return detachedError();
    }
    return RegisterBackups::rotate(*m_repository, keep);
}

Error RegisterDocument::detachedError() const
{
    return Error{ErrorCode::Usage,
                 tr("%1 is locked; unlock it to make changes.").arg(QFileInfo(m_location).fileName())};
}

void RegisterDocument::detachStore()
{
    m_repository.reset();
    watchForOthersChanges();
}

Status RegisterDocument::reattach(RegisterDocument& reopened)
{
    if (!reopened.m_repository) {
        return detachedError();
    }
    // The content is compared, not only the revision: a file replaced by a copy holding the same revision number
    // but other content must not receive undo changes worked out on this one.
    if (reopened.m_revision != m_revision || reopened.m_register != m_register) {
        return Error{ErrorCode::Conflict,
                     tr("%1 was changed elsewhere while it was locked, so the undo history no longer matches it; it "
                        "has been opened as it is now, without the history.")
                         .arg(QFileInfo(m_location).fileName())};
    }
    m_repository = std::move(reopened.m_repository);
    m_location = m_repository->location();
    watchForOthersChanges();
    return {};
}

void RegisterDocument::changeActivity(qsizetype index, const Activity& changed, const QString& actionText)
{
    m_undoStack->push(new ChangeActivityCommand(*this, index, changed, actionText));
}

void RegisterDocument::setBasis(qsizetype index, Basis basis, bool on)
{
    Activity changed = m_register.activities.at(index);
    if (changed.hasBasis(basis) == on) {
        return;
    }
    if (on) {
        changed.bases.append(LawfulBasis(basis));
        std::stable_sort(changed.bases.begin(), changed.bases.end(),
                         [](const LawfulBasis& a, const LawfulBasis& b) { return a.basis < b.basis; });
    } else {
        changed.bases.removeIf([basis](const LawfulBasis& b) { return b.basis == basis; });
    }
    changeActivity(index, changed, tr("Change basis of '%1'").arg(changed.purpose.simplified()));
}

void RegisterDocument::insertActivity(qsizetype index, const Activity& activity)
{
    m_undoStack->push(new AddActivityCommand(*this, index, activity));
}

void RegisterDocument::removeActivity(qsizetype index)
{
    m_undoStack->push(new RemoveActivityCommand(*this, index));
}

void RegisterDocument::moveActivity(qsizetype from, qsizetype to)
{
    if (from != to) {
        m_undoStack->push(new MoveActivityCommand(*this, from, to));
    }
}

void RegisterDocument::setCatalogueValue(Catalogue::Kind kind, qsizetype row, const QString& key, const QString& value)
{
    if (Catalogue::value(m_register, kind, row, key) != value) {
        m_undoStack->push(new ChangeCatalogueEntryCommand(*this, kind, row, key, value));
    }
}

QString RegisterDocument::insertCatalogueEntry(Catalogue::Kind kind, qsizetype row, const QString& name,
                                               qsizetype copyOf)
{
    const CatalogueEntry entry = Catalogue::newEntry(m_register, kind, name, copyOf);
    m_undoStack->push(new AddCatalogueEntryCommand(*this, entry, row, copyOf >= 0));
    return Catalogue::idOf(entry);
}

void RegisterDocument::removeCatalogueEntry(Catalogue::Kind kind, qsizetype row)
{
    m_undoStack->push(new RemoveCatalogueEntryCommand(*this, kind, row));
}

void RegisterDocument::changeOrganisation(const RegisterChange::UpdateOrganisation& organisation)
{
    const RegisterChange::UpdateOrganisation current{m_register.controller, m_register.lastReviewed,
                                                     m_register.reviewedBy, m_register.pecrDeclared};
    if (organisation != current) {
        m_undoStack->push(new ChangeOrganisationCommand(*this, organisation));
    }
}

void RegisterDocument::applyFix(const QList<RegisterChange>& changes, const QString& actionText, const QString& ruleId,
                                const QString& itemName)
{
    if (changes.isEmpty()) {
        return;
    }
    m_undoStack->push(new ApplyChangesCommand(
        *this, actionText, changes,
        AuditAction::record(AuditAction::kApplyFix,
                            {{QStringLiteral("rule"), ruleId}, {QStringLiteral("name"), itemName}})));
}

void RegisterDocument::markRegisterReviewed(QDate date, const QString& reviewer)
{
    changeOrganisation({m_register.controller, date, reviewer, m_register.pecrDeclared});
}

Result<QList<store::ReviewRecord>> RegisterDocument::reviews() const
{
    if (!m_repository) {
        return detachedError();
    }
    return m_repository->reviews();
}

Result<Register> RegisterDocument::snapshotAt(qint64 revision) const
{
    if (!m_repository) {
        return detachedError();
    }
    return m_repository->snapshotAt(revision);
}

QList<checks::ReviewDue::Item> RegisterDocument::reviewDue(QDate today) const
{
    return checks::ReviewDue::list(m_register, today);
}

Result<QList<RegisterChange>> RegisterDocument::apply(const QList<RegisterChange>& changes, store::AuditRecord audit)
{
    if (!m_repository) {
        return detachedError();
    }
    audit.actor = m_actor;
    const Result<qint64> revision = m_overwritingFrom
        ? m_repository->applyOverwriting(changes, *m_overwritingFrom, audit)
        : m_repository->apply(changes, m_revision, audit);
    if (!revision) {
        m_unsavedText = describeUnsaved(changes, m_register);
        return revision.error();
    }
    // A revision further on than the next one means others changed the register meanwhile (team mode), maybe the
    // same entry, merged by the store: once this command is done, the register is read again. Their notifications
    // may also have come in while the store was busy with this change, unseen by the socket's watcher.
    const bool othersChanged = revision.value() != m_revision + 1;
    m_revision = revision.value();
    QMetaObject::invokeMethod(
        this,
        [this, othersChanged] {
            if (othersChanged) {
                reloadFromStore(true);
            } else {
                checkOthersChanges();
            }
        },
        Qt::QueuedConnection);
    // The store has the changes; memory follows, each change undone by its inverse in reverse order.
    QList<RegisterChange> inverse;
    inverse.reserve(changes.size());
    bool headerTouched = false;
    for (const RegisterChange& change : changes) {
        inverse.prepend(change.inverseOn(m_register));
        applyInMemory(change, headerTouched);
    }
    if (headerTouched) {
        Q_EMIT headerChanged();
    }
    Q_EMIT changed();
    return inverse;
}

void RegisterDocument::applyInMemory(const RegisterChange& change, bool& headerTouched)
{
    using C = RegisterChange;
    std::visit(Overloaded{
                   [&](const C::InsertActivity& c) {
                       Q_EMIT activityAboutToBeInserted(c.index);
                       change.applyTo(m_register);
                       Q_EMIT activityInserted(c.index);
                   },
                   [&](const C::UpdateActivity& c) {
                       change.applyTo(m_register);
                       Q_EMIT activityChanged(m_register.indexOfActivity(c.activity.id));
                   },
                   [&](const C::RemoveActivity& c) {
                       const qsizetype index = m_register.indexOfActivity(c.id);
                       Q_EMIT activityAboutToBeRemoved(index);
                       change.applyTo(m_register);
                       Q_EMIT activityRemoved(index);
                   },
                   [&](const C::MoveActivity& c) {
                       const qsizetype from = m_register.indexOfActivity(c.id);
                       Q_EMIT activityAboutToBeMoved(from, c.index);
                       change.applyTo(m_register);
                       Q_EMIT activityMoved(from, c.index);
                   },
                   [&](const auto&) {
                       change.applyTo(m_register);
                       headerTouched = true;
                   },
               },
               change.variant());
}

void RegisterDocument::keepConflicted(const QList<RegisterChange>& changes, const store::AuditRecord& audit,
                                      const QString& text)
{
    m_conflicted = {changes, audit, text, m_revision};
}

void RegisterDocument::keepTheirs()
{
    m_conflicted = {};
    reloadFromStore(true);
}

void RegisterDocument::overwriteWithMine()
{
    if (!hasConflict()) {
        return;
    }
    const Conflicted conflicted = std::exchange(m_conflicted, {});
    m_overwritingFrom = conflicted.revision;
    m_undoStack->push(new ApplyChangesCommand(*this, conflicted.text, conflicted.changes, conflicted.audit));
    m_overwritingFrom.reset();
}

void RegisterDocument::saveRefused(const Error& error, bool historyLost)
{
    m_storeUnwritable = cannotBeWritten(error, m_location);
    const QString message = m_storeUnwritable
        ? tr("The register file can no longer be written: it was moved, deleted or made read-only. Your last change "
             "was not saved.")
        : error.message;
    if (!historyLost) {
        Q_EMIT saveFailed(message);
        return;
    }
    Q_EMIT saveFailed(message + QLatin1Char(' ') +
                      tr("Nothing was changed, but the undo history no longer matched the register and has been "
                         "cleared."));
    // The stack is still busy with the command that failed; clear it once that call has returned.
    QTimer::singleShot(0, m_undoStack, &QUndoStack::clear);
}

} // namespace ropa::session
