#include "dialogs/importdialog.h"

#include "dialogs/importfilepage.h"
#include "dialogs/importlayoutpage.h"
#include "dialogs/importmappingpage.h"
#include "dialogs/importpreviewpage.h"
#include "dialogs/importresultpage.h"
#include "widgets/screenfit.h"

#include <QCoreApplication>
#include <QProgressDialog>
#include <QTimer>

namespace youfu::ui {

ImportDialog::ImportDialog(Session& session, QWidget* parent)
    : QWizard(parent), m_session(session), m_import(*session.db)
{
    setObjectName(QStringLiteral("importDialog"));
    setWindowTitle(tr("Import a roster"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnStartPage);
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::CommitButton, tr("&Import"));
    setButtonText(QWizard::FinishButton, tr("&Close"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setPage(FilePage, new ImportFilePage(*this));
    setPage(LayoutPage, new ImportLayoutPage(*this));
    setPage(MappingPage, new ImportMappingPage(*this));
    setPage(PreviewPage, new ImportPreviewPage(*this));
    setPage(ResultPage, new ImportResultPage(*this));
    resizeWithinScreen(this, QSize(1100, 660));
}

core::Status ImportDialog::loadFile(const QString& path)
{
    auto reader = core::openSheet(path);
    if (!reader)
        return core::Status::failure(reader.error());
    QList<core::SheetRow> rows;
    while (rows.size() < kFirstRows) {
        core::SheetRow row;
        const core::Result<bool> more = (*reader)->next(row);
        if (!more)
            return core::Status::failure(more.error());
        if (!*more)
            break;
        rows << row;
    }
    if (rows.isEmpty())
        return core::Status::failure(tr("The file holds no rows."));
    ImportState s;
    s.path = path;
    s.formatName = (*reader)->formatName();
    s.firstRows = rows;
    if (core::Result<core::RosterPreview> first = m_import.inspect(path)) {
        s.layout = first->layout;
        s.mapping = first->mapping;
    } else {
        // The clerk may still show where the header is.
        s.layoutNote = first.error();
        s.layout = core::RosterRules::headerLayout(rows.constFirst(), rows.constFirst());
        s.mapping = core::RosterRules::suggestMapping(s.layout);
    }
    m_state = s;
    return core::Status::success();
}

bool ImportDialog::runWithProgress(const QString& title,
                                   const std::function<void(const core::ImportProgress&)>& work)
{
    m_cancel = false;
    m_busy = true;
    QProgressDialog progress(title, tr("Cancel"), 0, 1000, this);
    progress.setObjectName(QStringLiteral("importProgress"));
    progress.setWindowTitle(windowTitle());
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setAutoReset(false);
    progress.setAutoClose(false);
    connect(&progress, &QProgressDialog::canceled, this, [this] { m_cancel = true; });
    progress.setValue(0);
    Q_EMIT progressShown(&progress);
    core::ImportProgress p;
    p.cancel = &m_cancel;
    p.report = [&](int permille, const QString& stage) {
        if (!stage.isEmpty())
            progress.setLabelText(stage);
        progress.setValue(qBound(0, permille, 999));
        if (progress.wasCanceled())
            m_cancel = true;
        // The work runs on this thread: let Cancel be pressed.
        QCoreApplication::processEvents();
    };
    work(p);
    const bool cancelled = m_cancel;
    progress.disconnect(this); // closing it emits canceled()
    progress.close();
    m_busy = false;
    if (m_closeWhenDone)
        QTimer::singleShot(0, this, &ImportDialog::reject);
    return !cancelled;
}

void ImportDialog::reject()
{
    if (m_busy) { // stop the work first; the dialog closes when it has returned
        m_cancel = true;
        m_closeWhenDone = true;
        return;
    }
    QWizard::reject();
}

} // namespace youfu::ui
