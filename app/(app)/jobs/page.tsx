import { UpcomingFeature, upcomingFeatureMetadata } from "@/components/shell/upcoming-feature";
import { requirePageAccess } from "@/lib/auth/access";

export const generateMetadata = () => upcomingFeatureMetadata("training");

export default async function Page() {
  await requirePageAccess();
  return <UpcomingFeature feature="training" />;
}
