/** What kind of network an IP address belongs to, as far as calling it from the server goes. */
import ipaddr from "ipaddr.js";

type AddressClass = "public" | "private" | "metadata" | "linkLocal" | "reserved";

/** Cloud instance metadata services (AWS, GCP, Azure, Alibaba, Oracle): they hand out the server's credentials. */
const METADATA_ADDRESSES = new Set(["169.254.169.254", "fd00:ec2::254", "100.100.100.200", "192.0.0.192"]);

/** Where self-hosted models live: this machine and the private ranges (allowed or not by PRIVATE_NETWORK_PROVIDERS). */
const PRIVATE_RANGES = new Set(["loopback", "private", "carrierGradeNat", "uniqueLocal"]);

/** Classifies an IP literal (IPv4, IPv6, IPv4-mapped IPv6); anything that is not one is "reserved". */
export function classifyAddress(ip: string): AddressClass {
  if (!ipaddr.isValid(ip)) return "reserved";
  let address = ipaddr.parse(ip);
  if (address.kind() === "ipv6" && (address as ipaddr.IPv6).isIPv4MappedAddress()) {
    address = (address as ipaddr.IPv6).toIPv4Address();
  }
  if (METADATA_ADDRESSES.has(address.toString())) return "metadata";
  const range = address.range();
  if (range === "linkLocal") return "linkLocal";
  if (PRIVATE_RANGES.has(range)) return "private";
  // Everything else special (unspecified, broadcast, multicast, documentation, 6to4, NAT64…) is never a provider.
  return range === "unicast" ? "public" : "reserved";
}
