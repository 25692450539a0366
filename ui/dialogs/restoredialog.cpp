#include "dialogs/restoredialog.h"

#include "backup/backupfolder.h"
#include "backup/restoreservice.h"
#include "dialogs/dialogparts.h"
#include "widgets/filechooser.h"

#include <QDialogButtonBox>
#include <QDir>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace youfu::ui {

RestoreDialog::RestoreDialog(const QString& databasePath, const QString& reason, QWidget* parent)
    : QDialog(parent), m_databasePath(databasePath)
{
    setWindowTitle(tr("Restore a backup"));
    setObjectName(QStringLiteral("restoreDialog"));
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(makeDialogHeader(
        tr("Restore a backup"),
        tr("The chosen backup replaces the database. The current database file is kept beside "
           "it under a new name and no backup is deleted."),
        this));
    if (!reason.isEmpty()) {
        auto* why = new QLabel(reason, this);
        why->setWordWrap(true);
        why->setStyleSheet(QStringLiteral("color: #b00020;"));
        layout->addWidget(why);
    }
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("backupList"));
    const QLocale locale;
    for (const core::BackupFile& b : core::listBackups(core::backupFolderFor(databasePath))) {
        auto* item =
            new QListWidgetItem(tr("%1   (%2)")
                                    .arg(b.takenAt.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                                         locale.formattedDataSize(b.size)),
                                m_list);
        item->setData(Qt::UserRole, b.path);
        item->setToolTip(QDir::toNativeSeparators(b.path));
    }
    if (m_list->count() > 0)
        m_list->setCurrentRow(0);
    layout->addWidget(
        new QLabel(tr("Backups in %1 (newest first):")
                       .arg(QDir::toNativeSeparators(core::backupFolderFor(databasePath))),
                   this));
    layout->addWidget(m_list, 1);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Restore"));
    auto* other = buttons->addButton(tr("&Other file…"), QDialogButtonBox::ActionRole);
    other->setObjectName(QStringLiteral("otherFile"));
    connect(other, &QPushButton::clicked, this, &RestoreDialog::chooseOther);
    connect(buttons, &QDialogButtonBox::accepted, this, &RestoreDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RestoreDialog::reject);
    connect(m_list, &QListWidget::itemDoubleClicked, this, &RestoreDialog::accept);
    layout->addWidget(buttons);
    resize(560, 420);
}

void RestoreDialog::chooseOther()
{
    const QString file =
        chooseOpenFile(this, tr("Choose a backup"), QString(), tr("Youfu backups (*.db)"));
    if (file.isEmpty())
        return;
    auto* item = new QListWidgetItem(QDir::toNativeSeparators(file), m_list);
    item->setData(Qt::UserRole, file);
    m_list->setCurrentItem(item);
}

void RestoreDialog::accept()
{
    QListWidgetItem* item = m_list->currentItem();
    if (!item) {
        showError(m_error, tr("Choose a backup first."));
        return;
    }
    const QString file = item->data(Qt::UserRole).toString();
    if (core::Status s = core::RestoreService::checkBackupFile(file); !s) {
        showError(m_error, s.error());
        return;
    }
    m_file = file;
    QDialog::accept();
}

} // namespace youfu::ui
