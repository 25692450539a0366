#pragma once

#include <QDialog>

class QLabel;
class QListWidget;

namespace youfu::ui {

// Chooses the backup to put in place of the database: Youfu's backups beside it, newest
// first, or any other backup file (a USB disk).
class RestoreDialog : public QDialog
{
    Q_OBJECT
public:
    // `reason` says why (a damaged database); empty when the administrator chose Restore.
    RestoreDialog(const QString& databasePath, const QString& reason, QWidget* parent = nullptr);
    QString selectedFile() const { return m_file; }
    QListWidget* list() const { return m_list; }

    void accept() override;

private:
    void chooseOther();

    QString m_databasePath;
    QString m_file;
    QListWidget* m_list = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
