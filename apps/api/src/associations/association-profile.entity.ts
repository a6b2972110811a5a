import { Column, Entity, PrimaryColumn } from 'typeorm';

/** What an association tells consumers in the public directory (it writes it itself). */
@Entity({ schema: 'accounts', name: 'association_profiles' })
export class AssociationProfileEntity {
  /** The association's account. */
  @PrimaryColumn('uuid', { name: 'account_id' })
  accountId!: string;

  @Column('text')
  name!: string;

  /** Its scope, in its own words: what it helps with. */
  @Column('text', { default: '' })
  description!: string;

  /** It takes members from all of France. */
  @Column('boolean', { default: false })
  national!: boolean;

  /** The départements it serves, by their official code ('69', '2A', '974'). */
  @Column('text', { array: true, default: () => `'{}'` })
  areas!: string[];

  @Column('text', { nullable: true })
  email!: string | null;

  @Column('text', { nullable: true })
  phone!: string | null;

  @Column('text', { nullable: true })
  website!: string | null;

  /** Name, scope and the areas' names, lower-cased and accent-free, for the directory's search. */
  @Column('text', { name: 'search_text' })
  searchText!: string;

  @Column('timestamptz', { name: 'updated_at', default: () => 'now()' })
  updatedAt!: Date;
}
