#include "widgets/filechooser.h"

#include <QCoreApplication>
#include <QFileDialog>
#include <QFileSystemModel>
#include <QIdentityProxyModel>

namespace youfu::ui {

namespace {

struct Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::ui::FileChooser)
};

// Rewrites the size column of the dialog's file list; everything else passes through.
class SizeWordsProxy : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;

    QVariant data(const QModelIndex& index, int role) const override
    {
        if (role == Qt::DisplayRole && index.column() == 1) {
            const auto* files = qobject_cast<const QFileSystemModel*>(sourceModel());
            const QModelIndex source = mapToSource(index);
            if (files && source.isValid() && !files->isDir(source))
                return fileSizeText(files->size(source));
        }
        return QIdentityProxyModel::data(index, role);
    }
};

QString run(QFileDialog& dialog)
{
    dialog.setOption(QFileDialog::DontUseNativeDialog, true);
    dialog.setProxyModel(new SizeWordsProxy(&dialog));
    if (dialog.exec() != QDialog::Accepted || dialog.selectedFiles().isEmpty())
        return QString();
    return dialog.selectedFiles().constFirst();
}

} // namespace

QString fileSizeText(qint64 bytes)
{
    if (bytes < 1024)
        return Tr::tr("%n byte(s)", nullptr, int(bytes));
    const QLocale locale;
    if (bytes < 1024 * 1024)
        return Tr::tr("%1 KB").arg(locale.toString(double(bytes) / 1024, 'f', 1));
    if (bytes < qint64(1024) * 1024 * 1024)
        return Tr::tr("%1 MB").arg(locale.toString(double(bytes) / (1024 * 1024), 'f', 1));
    return Tr::tr("%1 GB").arg(locale.toString(double(bytes) / (1024.0 * 1024 * 1024), 'f', 2));
}

QString chooseSaveFile(QWidget* parent, const QString& title, const QString& suggestedPath,
                       const QString& filter)
{
    QFileDialog dialog(parent, title, suggestedPath, filter);
    dialog.setObjectName(QStringLiteral("saveFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    if (!suggestedPath.isEmpty())
        dialog.selectFile(suggestedPath);
    return run(dialog);
}

QString chooseOpenFile(QWidget* parent, const QString& title, const QString& folder,
                       const QString& filter)
{
    QFileDialog dialog(parent, title, folder, filter);
    dialog.setObjectName(QStringLiteral("openFileDialog"));
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFile);
    return run(dialog);
}

QString chooseFolder(QWidget* parent, const QString& title, const QString& folder)
{
    QFileDialog dialog(parent, title, folder);
    dialog.setObjectName(QStringLiteral("folderDialog"));
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly, true);
    return run(dialog);
}

} // namespace youfu::ui
