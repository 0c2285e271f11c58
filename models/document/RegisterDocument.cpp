#include "document/RegisterDocument.h"

#include "document/ChangeActivityCommand.h"
#include "document/ChangeHeaderCommand.h"
#include "document/InsertActivityCommand.h"
#include "document/MoveActivityCommand.h"
#include "io/RegisterJsonWriter.h"
#include "store/RegisterFile.h"
#include "store/RegisterStore.h"

#include <QDateTime>
#include <QUndoStack>

namespace ropa::document {

RegisterDocument::RegisterDocument(std::unique_ptr<store::RegisterFile> file, Register reg)
    : m_file(std::move(file))
    , m_register(std::move(reg))
    , m_undoStack(new QUndoStack(this))
{ }

RegisterDocument::~RegisterDocument()
{
    // Commands refer to this document; they must go before it does.
    delete m_undoStack;
}

Result<std::unique_ptr<RegisterDocument>> RegisterDocument::open(const QString& path, QByteArrayView passphrase)
{
    Result<std::unique_ptr<store::RegisterFile>> file = store::RegisterFile::open(path, passphrase);
    if (!file) {
        return file.error();
    }
    Result<Register> reg = store::RegisterStore(file.value()->database()).load();
    if (!reg) {
        return reg.error();
    }
    return std::unique_ptr<RegisterDocument>(new RegisterDocument(std::move(file.value()), std::move(reg.value())));
}

Result<std::unique_ptr<RegisterDocument>> RegisterDocument::create(const QString& path, QByteArrayView passphrase,
                                                                   const Register& reg, const QString& auditAction)
{
    Result<std::unique_ptr<store::RegisterFile>> file =
        store::RegisterStore::createFile(path, passphrase, reg, auditAction);
    if (!file) {
        return file.error();
    }
    return std::unique_ptr<RegisterDocument>(new RegisterDocument(std::move(file.value()), reg));
}

const QString& RegisterDocument::path() const
{
    return m_file->path();
}

Result<Register> RegisterDocument::storedRegister() const
{
    return store::RegisterStore(m_file->database()).load();
}

report::DocumentInfo RegisterDocument::documentInfo() const
{
    const Result<store::RegisterInfo> info = store::RegisterStore(m_file->database()).info();
    return {QDateTime::currentDateTimeUtc(), info ? info->revision : 0,
            io::RegisterJsonWriter::fingerprint(m_register)};
}

Result<QList<store::AuditEntry>> RegisterDocument::auditEntries() const
{
    return store::AuditLog(m_file->database()).entries();
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
        changed.bases.append({basis, {}, std::nullopt});
        std::stable_sort(changed.bases.begin(), changed.bases.end(),
                         [](const LawfulBasis& a, const LawfulBasis& b) { return a.basis < b.basis; });
    } else {
        changed.bases.removeIf([basis](const LawfulBasis& b) { return b.basis == basis; });
    }
    changeActivity(index, changed, tr("Change basis of '%1'").arg(changed.purpose.simplified()));
}

void RegisterDocument::insertActivity(qsizetype index, const Activity& activity)
{
    m_undoStack->push(new InsertActivityCommand(*this, InsertActivityCommand::Mode::Insert, index, activity,
                                                tr("Add activity '%1'").arg(activity.purpose.simplified())));
}

void RegisterDocument::removeActivity(qsizetype index)
{
    const Activity& activity = m_register.activities.at(index);
    m_undoStack->push(new InsertActivityCommand(*this, InsertActivityCommand::Mode::Remove, index, activity,
                                                tr("Delete activity '%1'").arg(activity.purpose.simplified())));
}

void RegisterDocument::moveActivity(qsizetype from, qsizetype to)
{
    if (from == to) {
        return;
    }
    m_undoStack->push(new MoveActivityCommand(
        *this, from, to, tr("Move activity '%1'").arg(m_register.activities.at(from).purpose.simplified())));
}

void RegisterDocument::setCatalogueValue(Catalogue::Kind kind, qsizetype row, const QString& key, const QString& value)
{
    if (Catalogue::value(m_register, kind, row, key) == value) {
        return;
    }
    Register header = Catalogue::headerOf(m_register);
    Catalogue::setValue(header, kind, row, key, value);
    QString field;
    for (const Catalogue::Field& f : Catalogue::fields(kind)) {
        if (f.key == key) {
            field = f.label;
        }
    }
    field.remove(QLatin1Char('&'));
    changeHeader(
        header, {},
        tr("Change %1 of %2 '%3'")
            .arg(field.toLower(), Catalogue::singular(kind), Catalogue::name(m_register, kind, row).simplified()));
}

QString RegisterDocument::insertCatalogueEntry(Catalogue::Kind kind, qsizetype row, const QString& name,
                                               qsizetype copyOf)
{
    Register header = Catalogue::headerOf(m_register);
    const QString id = Catalogue::insert(header, kind, row, name, copyOf);
    changeHeader(header, {},
                 copyOf >= 0 ? tr("Duplicate %1 '%2'").arg(Catalogue::singular(kind), name.simplified())
                             : tr("Add %1 '%2'").arg(Catalogue::singular(kind), name.simplified()));
    return id;
}

void RegisterDocument::removeCatalogueEntry(Catalogue::Kind kind, qsizetype row)
{
    const QString id = Catalogue::id(m_register, kind, row);
    const QString name = Catalogue::name(m_register, kind, row);
    QList<std::pair<qsizetype, Activity>> activities;
    for (qsizetype index : Catalogue::usedBy(m_register, kind, id)) {
        activities.append({index, Catalogue::withoutReference(m_register.activities.at(index), kind, id)});
    }
    Register header = Catalogue::headerOf(m_register);
    Catalogue::remove(header, kind, row);
    changeHeader(header, activities, tr("Delete %1 '%2'").arg(Catalogue::singular(kind), name.simplified()));
}

void RegisterDocument::changeHeader(const Register& header, const QList<std::pair<qsizetype, Activity>>& activities,
                                    const QString& actionText)
{
    m_undoStack->push(new ChangeHeaderCommand(*this, header, activities, actionText));
}

QStringList RegisterDocument::orderWith(const QList<Activity>& activities) const
{
    QStringList ids;
    ids.reserve(activities.size());
    for (const Activity& a : activities) {
        ids << a.id;
    }
    return ids;
}

bool RegisterDocument::save(const store::ActivityChanges& changes, const QString& actionText, const QString& detail)
{
    const Status saved = store::RegisterStore(m_file->database()).applyActivityChanges(changes, actionText, detail);
    if (!saved) {
        Q_EMIT saveFailed(saved.error().message);
    }
    return saved.ok();
}

bool RegisterDocument::applyActivity(qsizetype index, const Activity& value, const QString& actionText)
{
    store::ActivityChanges changes;
    changes.upserts.append({value, index + 1});
    if (!save(changes, actionText, value.purpose)) {
        return false;
    }
    m_register.activities[index] = value;
    Q_EMIT activityChanged(index);
    Q_EMIT changed();
    return true;
}

bool RegisterDocument::applyInsert(qsizetype index, const Activity& activity, const QString& actionText)
{
    QList<Activity> after = m_register.activities;
    after.insert(index, activity);
    store::ActivityChanges changes;
    changes.upserts.append({activity, index + 1});
    changes.order = orderWith(after);
    if (!save(changes, actionText, activity.purpose)) {
        return false;
    }
    Q_EMIT activityAboutToBeInserted(index);
    m_register.activities = std::move(after);
    Q_EMIT activityInserted(index);
    Q_EMIT changed();
    return true;
}

bool RegisterDocument::applyRemove(qsizetype index, const QString& actionText)
{
    QList<Activity> after = m_register.activities;
    const Activity removed = after.takeAt(index);
    store::ActivityChanges changes;
    changes.removals << removed.id;
    changes.order = orderWith(after);
    if (!save(changes, actionText, removed.purpose)) {
        return false;
    }
    Q_EMIT activityAboutToBeRemoved(index);
    m_register.activities = std::move(after);
    Q_EMIT activityRemoved(index);
    Q_EMIT changed();
    return true;
}

bool RegisterDocument::applyMove(qsizetype from, qsizetype to, const QString& actionText)
{
    QList<Activity> after = m_register.activities;
    after.move(from, to);
    store::ActivityChanges changes;
    changes.order = orderWith(after);
    if (!save(changes, actionText, after.at(to).purpose)) {
        return false;
    }
    Q_EMIT activityAboutToBeMoved(from, to);
    m_register.activities = std::move(after);
    Q_EMIT activityMoved(from, to);
    Q_EMIT changed();
    return true;
}

bool RegisterDocument::applyHeader(const Register& header, const QList<std::pair<qsizetype, Activity>>& activities,
                                   const QString& actionText)
{
    store::ActivityChanges changes;
    for (const auto& [index, activity] : activities) {
        changes.upserts.append({activity, index + 1});
    }
    const Status saved =
        store::RegisterStore(m_file->database()).applyHeaderChanges(header, changes, actionText, QString());
    if (!saved) {
        Q_EMIT saveFailed(saved.error().message);
        return false;
    }
    Catalogue::setHeader(m_register, header);
    for (const auto& [index, activity] : activities) {
        m_register.activities[index] = activity;
        Q_EMIT activityChanged(index);
    }
    Q_EMIT headerChanged();
    Q_EMIT changed();
    return true;
}

} // namespace ropa::document
