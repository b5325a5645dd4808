// Doctor: which price table this CLI prices with.
import { cliPricing } from '../cli-pricing.js';
import type { DoctorCheckRun } from './doctor-check.js';

export const pricingCheck: DoctorCheckRun = () => ({
  name: 'pricing',
  level: 'ok',
  message: `price table ${cliPricing().key}`,
});
