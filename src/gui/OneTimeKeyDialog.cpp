#include "OneTimeKeyDialog.h"

#include "Clipboard.h"
#include "KeyFormat.h"
#include "MessageBox.h"
#include "Preferences.h"
#include "Toast.h"
#include "ui_OneTimeKeyDialog.h"

#include <QAction>
#include <QFontDatabase>
#include <QKeyEvent>
#include <QLocale>

namespace sk {

namespace {

/// Overwrites the characters of `text` where they are, in the buffer it may share with other
/// QStrings (implicit sharing): every holder of that buffer reads zeros afterwards. Detaching
/// first, as QString::data() would, would leave the original characters behind.
void overwriteInPlace(const QString& text)
{
    if (text.isEmpty() || !text.data_ptr().isMutable())
        return; // static text (a literal) is read-only, and no secret
    auto* chars = const_cast<char16_t*>(reinterpret_cast<const char16_t*>(text.constData()));
    volatile char16_t* out = chars;
    for (qsizetype i = 0; i < text.size(); ++i)
        out[i] = 0;
}

} // namespace

OneTimeKeyDialog::OneTimeKeyDialog(const QString& secret, QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::OneTimeKeyDialog>())
    // A buffer of its own, so that wiping it touches nothing the caller still uses.
    , m_secret(secret.constData(), secret.size())
{
    m_ui->setupUi(this);
    setAttribute(Qt::WA_DeleteOnClose, false);

    QFont warningFont = m_ui->warningLabel->font();
    warningFont.setBold(true);
    m_ui->warningLabel->setFont(warningFont);
    m_ui->detailsLabel->hide();

    QLineEdit* edit = m_ui->secretLineEdit;
    const QFont fixed = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    edit->setFont(fixed);
    edit->setMinimumWidth(QFontMetrics(fixed).horizontalAdvance(QLatin1Char('M')) *
                          (KeyFormat::SecretLength + 4));
    edit->setText(m_secret); // shares m_secret's buffer: wiping one wipes both
    edit->setCursorPosition(0);
    // Copying from the field goes through the clipboard service too (marked, cleared later),
    // never through QLineEdit's own unmarked copy.
    edit->installEventFilter(this);
    auto* copyAction = new QAction(tr("&Copy"), edit);
    copyAction->setObjectName(QStringLiteral("copyAction"));
    connect(copyAction, &QAction::triggered, this, [this] {
        copyToClipboard();
        Toast::show(this, tr("API key copied"));
    });
    edit->addAction(copyAction);

    connect(m_ui->copyAndCloseButton, &QPushButton::clicked, this, &OneTimeKeyDialog::copyAndClose);
    m_ui->copyAndCloseButton->setDefault(true);
    m_ui->copyAndCloseButton->setFocus();
}

OneTimeKeyDialog::~OneTimeKeyDialog()
{
    wipe();
}

void OneTimeKeyDialog::setKeyInfo(const ApiKey& key)
{
    const QString expires =
        QLocale().toString(key.expiresAt.toLocalTime().date(), QLocale::LongFormat);
    m_ui->detailsLabel->setText(
        key.appName.isEmpty()
            ? tr("Key “%1”, expires on %2.").arg(key.name, expires)
            : tr("Key “%1” of “%2”, expires on %3.").arg(key.name, key.appName, expires));
    m_ui->detailsLabel->show();
}

void OneTimeKeyDialog::copyToClipboard()
{
    if (m_secret.isEmpty())
        return;
    Clipboard::instance()->copySecret(m_secret, Preferences().clipboardClearSeconds());
    m_copied = true;
}

void OneTimeKeyDialog::copyAndClose()
{
    copyToClipboard();
    QWidget* window = parentWidget() ? parentWidget()->window() : nullptr;
    accept();
    if (window)
        Toast::show(window, tr("API key copied"));
}

void OneTimeKeyDialog::reject()
{
    if (!m_copied && !m_secret.isEmpty()) {
        const MessageBox::Answer answer =
            MessageBox::confirm(this, tr("Close Without Copying"),
                                tr("Close without copying? This key will not be shown again."),
                                QString(), tr("Close"), tr("Cancel"), /*destructive=*/true);
        if (answer != MessageBox::Accept)
            return;
    }
    QDialog::reject();
}

void OneTimeKeyDialog::done(int result)
{
    wipe();
    QDialog::done(result);
}

bool OneTimeKeyDialog::eventFilter(QObject* watched, QEvent* event)
{
    if (watched != m_ui->secretLineEdit)
        return QDialog::eventFilter(watched, event);
    switch (event->type()) {
    case QEvent::KeyPress: {
        auto* key = static_cast<QKeyEvent*>(event);
        if (key->matches(QKeySequence::Copy)) {
            copyToClipboard();
            Toast::show(this, tr("API key copied"));
            return true;
        }
        // No selection: on X11 and Wayland a selection is published at once as the primary
        // selection, unmarked and never cleared. Tab still moves on.
        if (key->matches(QKeySequence::SelectAll) ||
            ((key->modifiers() & Qt::ShiftModifier) && key->key() != Qt::Key_Tab &&
             key->key() != Qt::Key_Backtab)) {
            return true;
        }
        break;
    }
    case QEvent::MouseButtonPress:
    case QEvent::MouseButtonDblClick:
    case QEvent::MouseMove:
    case QEvent::MouseButtonRelease:
        // A click focuses the field (for screen readers) but never selects text in it.
        if (event->type() == QEvent::MouseButtonPress)
            m_ui->secretLineEdit->setFocus(Qt::MouseFocusReason);
        return true;
    default:
        break;
    }
    return QDialog::eventFilter(watched, event);
}

void OneTimeKeyDialog::wipe()
{
    if (m_secret.isEmpty())
        return;
    QLineEdit* edit = m_ui->secretLineEdit;
    overwriteInPlace(edit->text());        // the field's text (m_secret's buffer, normally)
    overwriteInPlace(edit->displayText()); // and the copy it lays out for painting
    overwriteInPlace(m_secret);
    edit->setText(QString());
    m_secret.clear();
}

} // namespace sk
