#include "dialogs/importfilepage.h"

#include "dialogs/dialogparts.h"
#include "dialogs/importdialog.h"
#include "widgets/filechooser.h"

#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace youfu::ui {

ImportFilePage::ImportFilePage(ImportDialog& dialog) : m_dialog(dialog)
{
    setObjectName(QStringLiteral("importFilePage"));
    setTitle(tr("Choose the roster file"));
    setSubTitle(tr("An Excel workbook (xlsx or xls) or a CSV file as Excel or WPS saves it. "
                   "Nothing is written to the registry before you confirm the preview."));
    auto* layout = new QVBoxLayout(this);
    auto* label = new QLabel(tr("&File:"), this);
    auto* row = new QHBoxLayout;
    m_path = new QLineEdit(this);
    m_path->setObjectName(QStringLiteral("importPath"));
    m_path->setPlaceholderText(tr("Type the path or choose the file"));
    label->setBuddy(m_path);
    auto* browse = new QPushButton(tr("C&hoose…"), this);
    browse->setObjectName(QStringLiteral("importChoose"));
    row->addWidget(m_path, 1);
    row->addWidget(browse);
    layout->addWidget(label);
    layout->addLayout(row);
    m_format = new QLabel(this);
    m_format->setObjectName(QStringLiteral("importFormat"));
    m_format->setWordWrap(true);
    layout->addWidget(m_format);
    m_error = makeErrorLabel(this);
    layout->addWidget(m_error);
    layout->addStretch(1);
    connect(browse, &QPushButton::clicked, this, &ImportFilePage::choose);
    connect(m_path, &QLineEdit::textChanged, this, [this] {
        m_format->clear();
        m_error->hide();
        Q_EMIT completeChanged();
    });
}

void ImportFilePage::choose()
{
    const QString folder =
        m_path->text().isEmpty() ? QString() : QFileInfo(m_path->text().trimmed()).absolutePath();
    const QString file =
        chooseOpenFile(this, tr("Choose the roster file"), folder,
                       tr("Spreadsheets (*.xlsx *.xls *.csv *.txt);;All files (*)"));
    if (file.isEmpty())
        return;
    m_path->setText(QDir::toNativeSeparators(file));
    load();
}

bool ImportFilePage::load()
{
    const QString path = QDir::fromNativeSeparators(m_path->text().trimmed());
    if (path.isEmpty())
        return false;
    if (m_dialog.state().path == path && !m_format->text().isEmpty())
        return true;
    if (core::Status s = m_dialog.loadFile(path); !s) {
        m_format->clear();
        showError(m_error, s.error());
        return false;
    }
    m_error->hide();
    m_format->setText(tr("Format: %1 · %2 · first %n row(s) read", nullptr,
                         int(m_dialog.state().firstRows.size()))
                          .arg(m_dialog.state().formatName, fileSizeText(QFileInfo(path).size())));
    return true;
}

bool ImportFilePage::isComplete() const
{
    return !m_path->text().trimmed().isEmpty();
}

bool ImportFilePage::validatePage()
{
    return load();
}

} // namespace youfu::ui
