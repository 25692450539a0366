#include "backup/backupmanifest.h"

#include "backup/backupfolder.h"
#include "common/isotime.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace youfu::core {

namespace {
class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::core::BackupService)
};

constexpr int kFormat = 1;
} // namespace

AuditAnchor BackupManifest::anchor(const QString& source) const
{
    AuditAnchor a;
    a.entries = auditEntries;
    a.headHash = auditHead;
    a.takenAt = takenAt;
    a.source = source;
    return a;
}

QString manifestPathFor(const QString& backupFile)
{
    return backupFile + QStringLiteral(".json");
}

Result<QString> sha256OfFile(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(Tr::tr("cannot read “%1”: %2").arg(path, f.errorString()));
    QCryptographicHash h(QCryptographicHash::Sha256);
    if (!h.addData(&f))
        return Status::failure(Tr::tr("cannot read “%1”: %2").arg(path, f.errorString()));
    return QString::fromLatin1(h.result().toHex());
}

Status writeManifest(const QString& backupFile, const BackupManifest& m)
{
    const QJsonObject o{{QStringLiteral("format"), kFormat},
                        {QStringLiteral("file"), m.file},
                        {QStringLiteral("sha256"), m.sha256},
                        {QStringLiteral("bytes"), m.bytes},
                        {QStringLiteral("taken_at"), toIsoUtc(m.takenAt)},
                        {QStringLiteral("audit_entries"), m.auditEntries},
                        {QStringLiteral("audit_head"), m.auditHead}};
    const QString path = manifestPathFor(backupFile);
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly))
        return Status::failure(Tr::tr("cannot write “%1”: %2").arg(path, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    const QByteArray json = QJsonDocument(o).toJson();
    if (out.write(json) != json.size() || !out.commit())
        return Status::failure(Tr::tr("cannot write “%1”: %2").arg(path, out.errorString()));
    return Status::success();
}

Result<std::optional<BackupManifest>> readManifest(const QString& backupFile)
{
    const QString path = manifestPathFor(backupFile);
    QFile f(path);
    if (!f.exists())
        return std::optional<BackupManifest>();
    if (!f.open(QIODevice::ReadOnly))
        return Status::failure(Tr::tr("cannot read “%1”: %2").arg(path, f.errorString()));
    const QJsonObject o = QJsonDocument::fromJson(f.read(1 << 16)).object();
    BackupManifest m;
    m.file = o.value(QStringLiteral("file")).toString();
    m.sha256 = o.value(QStringLiteral("sha256")).toString();
    m.bytes = qint64(o.value(QStringLiteral("bytes")).toDouble());
    m.takenAt = fromIsoUtc(o.value(QStringLiteral("taken_at")).toString());
    m.auditEntries = qint64(o.value(QStringLiteral("audit_entries")).toDouble());
    m.auditHead = o.value(QStringLiteral("audit_head")).toString();
    if (o.value(QStringLiteral("format")).toInt() != kFormat || m.sha256.size() != 64)
        return Status::failure(Tr::tr("the fingerprint file “%1” is damaged").arg(path));
    return std::optional<BackupManifest>(m);
}

QList<AuditAnchor> anchorsIn(const QString& folder)
{
    QList<AuditAnchor> out;
    // The manifest alone is the anchor: a backup file deleted or moved away still leaves it.
    const QFileInfoList files =
        QDir(folder).entryInfoList({QStringLiteral("youfu-*.db.json")}, QDir::Files, QDir::Name);
    for (const QFileInfo& fi : files) {
        const QString backup = fi.absoluteFilePath().chopped(5);
        if (!parseBackupFileName(QFileInfo(backup).fileName(), nullptr))
            continue;
        auto m = readManifest(backup);
        if (m && m.value())
            out << m.value()->anchor(QDir::toNativeSeparators(backup));
    }
    return out;
}

} // namespace youfu::core
