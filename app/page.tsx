import { redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { getDb } from "@/db";
import { countUsers } from "@/db/queries/workspaces/count-users";
import { listWorkspacesForUser } from "@/db/queries/workspaces/workspaces";
import { getCurrentUser } from "@/server/auth/session";
import { AuthFrame } from "@/components/auth/auth-frame";
import { NewWorkspaceForm } from "@/components/settings/new-workspace-form";

// The front door: setup on an empty database, else sign-in, else the user's first workspace.
export default async function Home() {
  const db = getDb();
  if (countUsers(db) === 0) redirect("/setup");
  const user = await getCurrentUser();
  if (!user) redirect("/sign-in");
  const [first] = listWorkspacesForUser(db, user.id);
  if (first) redirect(`/w/${first.slug}/overview`);
  const t = await getTranslations("settings");
  return (
    <AuthFrame title={t("newWorkspace")}>
      <NewWorkspaceForm />
    </AuthFrame>
  );
}
