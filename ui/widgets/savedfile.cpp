#include "widgets/savedfile.h"

#include <QAbstractButton>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>

namespace youfu::ui {

namespace {

class Tr
{
    Q_DECLARE_TR_FUNCTIONS(youfu::ui::SavedFile)
};

std::function<bool(const QUrl&)>& opener()
{
    static std::function<bool(const QUrl&)> f;
    return f;
}

bool open(const QUrl& url)
{
    return opener() ? opener()(url) : QDesktopServices::openUrl(url);
}

} // namespace

void setSavedFileOpener(std::function<bool(const QUrl&)> f)
{
    opener() = std::move(f);
}

QMessageBox* showSavedFile(QWidget* parent, const QString& path)
{
    const QFileInfo info(path);
    const QString file = QDir::toNativeSeparators(info.absoluteFilePath());
    const QString folder = info.absolutePath();
    auto* box = new QMessageBox(QMessageBox::Information, Tr::tr("Saved"),
                                Tr::tr("The file was saved to:"), QMessageBox::NoButton, parent);
    box->setObjectName(QStringLiteral("savedFile"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setInformativeText(file);
    box->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPushButton* openFolder = box->addButton(Tr::tr("Open &folder"), QMessageBox::ActionRole);
    openFolder->setObjectName(QStringLiteral("openFolder"));
    QPushButton* openFile = box->addButton(Tr::tr("Open the &file"), QMessageBox::ActionRole);
    openFile->setObjectName(QStringLiteral("openFile"));
    QPushButton* close = box->addButton(Tr::tr("&Close"), QMessageBox::RejectRole);
    close->setObjectName(QStringLiteral("close"));
    box->setDefaultButton(close);
    box->setEscapeButton(close);
    QObject::connect(box, &QMessageBox::buttonClicked, box, [=](QAbstractButton* b) {
        if (b == openFolder)
            open(QUrl::fromLocalFile(folder));
        else if (b == openFile)
            open(QUrl::fromLocalFile(info.absoluteFilePath()));
    });
    box->setWindowModality(parent ? Qt::WindowModal : Qt::ApplicationModal);
    box->show();
    return box;
}

} // namespace youfu::ui
