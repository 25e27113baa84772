import type { OutgoingMail } from '../mail/types.ts';

/** The mails accounts send. Plain text: links are the whole point and must survive any client. */
export const accountMail = {
  verify(to: string, link: string): OutgoingMail {
    return { to, subject: 'Confirm your email for Paperboy', text: `Welcome to Paperboy.\n\nConfirm your email address by opening this link (valid for 48 hours):\n\n${link}\n\nIf you did not sign up, ignore this message.\n` };
  },
  alreadyRegistered(to: string, resetLink: string): OutgoingMail {
    return { to, subject: 'You already have a Paperboy account', text: `Someone tried to sign up with this address, which already has an account.\n\nIf it was you and you forgot your password, reset it here:\n\n${resetLink}\n` };
  },
  reset(to: string, link: string): OutgoingMail {
    return { to, subject: 'Reset your Paperboy password', text: `Open this link to choose a new password (valid for 1 hour, once):\n\n${link}\n\nIf you did not ask for this, ignore this message: your password is unchanged.\n` };
  },
  emailChange(to: string, link: string): OutgoingMail {
    return { to, subject: 'Confirm your new email for Paperboy', text: `Open this link to make this your Paperboy address (valid for 24 hours):\n\n${link}\n\nIf you did not ask for this, ignore this message.\n` };
  },
};
