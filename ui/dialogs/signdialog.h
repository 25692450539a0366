#pragma once

#include "app/session.h"

#include <QDialog>

class QLabel;
class QPlainTextEdit;
class QPushButton;
class QTextBrowser;

namespace youfu::ui {

// One step of the chain: the signer reads the application as it will print, writes an
// opinion and approves, returns it to the drafter or rejects it. Core decides who may.
class SignDialog : public QDialog
{
    Q_OBJECT
public:
    SignDialog(Session& session, qint64 applicationId, QWidget* parent = nullptr);

private:
    void decide(int decision);

    Session& m_session;
    qint64 m_id = 0;
    QTextBrowser* m_view = nullptr;
    QPlainTextEdit* m_opinion = nullptr;
    QLabel* m_error = nullptr;
};

} // namespace youfu::ui
